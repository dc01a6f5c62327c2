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
