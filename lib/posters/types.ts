export type PosterKind = "procedure" | "office" | "general";

/** What a poster (and its QR code) is for. A procedure poster may belong to one office (scans counted there). */
export type PosterTarget =
  | { kind: "procedure"; procedureSlug: string; officeSlug: string | null }
  | { kind: "office"; officeSlug: string }
  /** Every procedure (the catalogue); for one office's counter use an office poster, which lists its procedures. */
  | { kind: "general" };

export type ShortLinkDTO = { code: string } & PosterTarget;

/** Scans of one short code, for the staff view. Counts only: no IP, cookie or device is ever stored. */
export type PosterScansDTO = {
  code: string;
  kind: PosterKind;
  procedureSlug: string | null;
  officeSlug: string | null;
  total: number;
  last7Days: number;
  lastScanDay: string | null;
};

export type OfficeScansDTO = { officeSlug: string | null; total: number; last7Days: number };

export type PosterSize = "A4" | "A3";

export type PosterContent = {
  /** Absolute short URL encoded in the QR code, e.g. https://ventanilla.example/q/k7m4qxp. */
  url: string;
  /** What the poster is for, in Spanish and English (procedure name, office name or "all procedures"). */
  subject: { es: string; en: string };
  /** The office whose counter it hangs at, if any (printed small at the bottom). */
  office: { es: string; en: string } | null;
  institution: string;
};
