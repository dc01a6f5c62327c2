import "server-only";
import { getDb } from "@/lib/db";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import type { LocalizedText } from "@/lib/i18n/localize";
import { getOfficeById } from "@/lib/offices/queries";
import { procedureOfApplication } from "@/lib/catalogue/application-version";
import { tokenId, unseal } from "@/lib/crypto";
import { normalizeApplicationNumber } from "./number";
import { procedureForm, type ApplicationAnswers } from "./fields";
import type { FormPrefill } from "./prefill";
import type { ApplicationView } from "./types";

export type DraftState =
  | { status: "open"; answers: Partial<ApplicationAnswers>; prefill: FormPrefill }
  | { status: "submitted" }
  | { status: "none" };

/**
 * The applicant's draft for this procedure: open (with its saved answers and the values its steps start
 * with), already submitted (the pages then send the person to the confirmation, e.g. after the back
 * button), or none/expired.
 */
export async function getDraftState(token: string | undefined, slug: string): Promise<DraftState> {
  if (!token || token.length > 100) return { status: "none" };
  const draft = await getDb().applicationDraft.findFirst({
    where: { id: tokenId(token), procedure: { slug } },
    select: { answers: true, prefill: true, applicationId: true, expiresAt: true },
  });
  if (!draft) return { status: "none" };
  if (draft.applicationId !== null) return { status: "submitted" };
  if (draft.expiresAt <= new Date()) return { status: "none" };
  return {
    status: "open",
    answers: draft.answers as Partial<ApplicationAnswers>,
    prefill: (draft.prefill ?? {}) as FormPrefill,
  };
}

export const applicationSelect = {
  id: true,
  number: true,
  paymentReference: true,
  locale: true,
  submittedAt: true,
  status: true,
  answers: true,
  feePositions: true,
  officeId: true,
  procedureVersionId: true,
  procedure: { select: { slug: true } },
} as const;

type ApplicationRow = {
  id: number;
  number: string;
  paymentReference: string;
  locale: string;
  submittedAt: Date;
  status: string;
  answers: unknown;
  feePositions: number[];
  officeId: number | null;
  procedureVersionId: number | null;
  procedure: { slug: string };
};

/** The application as its pages and PDFs show it, with the procedure as it read when it was filed. */
export async function toView(row: ApplicationRow, origin: string): Promise<ApplicationView & { id: number }> {
  const { procedure, institution } = await procedureOfApplication({
    procedureSlug: row.procedure.slug,
    procedureVersionId: row.procedureVersionId,
  });
  const locale = isLocale(row.locale) ? row.locale : defaultLocale;
  return {
    id: row.id,
    number: row.number,
    paymentReference: row.paymentReference,
    locale,
    submittedAt: row.submittedAt.toISOString(),
    status: row.status,
    procedure,
    institution,
    form: procedureForm(procedure),
    answers: row.answers as ApplicationAnswers,
    selectedFees: procedure.fees.filter((f) => row.feePositions.includes(f.position)),
    statusUrl: `${origin}/${locale}/seguimiento`,
    office: row.officeId === null ? null : await getOfficeById(row.officeId),
  };
}

export type Confirmation =
  | { mode: "full"; view: ApplicationView & { id: number }; password: string | null }
  | { mode: "number"; number: string; procedureSlug: string };

/**
 * The application made from this browser's draft. Within the confirmation window after sending
 * (RETENTION.confirmationMs), the full view and — on this browser only — its password, unsealed with the
 * draft token from the cookie. After the window, only the number: the answers are never shown again on a
 * device that may be shared (review finding M3). Null when the draft is gone (finished, purged) or expired.
 */
export async function getConfirmation(
  token: string | undefined,
  slug: string,
  origin: string,
): Promise<Confirmation | null> {
  if (!token || token.length > 100) return null;
  const now = new Date();
  const draft = await getDb().applicationDraft.findFirst({
    where: { id: tokenId(token), procedure: { slug }, applicationId: { not: null }, expiresAt: { gt: now } },
    select: { sealedPassword: true, sealedUntil: true, application: { select: applicationSelect } },
  });
  if (!draft?.application) return null;
  const inWindow = draft.sealedUntil !== null && draft.sealedUntil > now;
  if (!inWindow)
    return { mode: "number", number: draft.application.number, procedureSlug: draft.application.procedure.slug };
  const password = draft.sealedPassword ? unseal(token, draft.sealedPassword) : null;
  return { mode: "full", view: await toView(draft.application, origin), password };
}

/** The application a live applicant session may see, by its number; null when the session does not cover it. */
export async function getApplicationForSession(sessionToken: string | undefined, number: string, origin: string) {
  const normalized = normalizeApplicationNumber(number);
  if (!sessionToken || sessionToken.length > 100 || !normalized) return null;
  const session = await getDb().applicantSession.findFirst({
    where: { id: tokenId(sessionToken), expiresAt: { gt: new Date() }, application: { number: normalized } },
    select: { application: { select: applicationSelect } },
  });
  return session ? toView(session.application, origin) : null;
}

/** A timeline entry as the applicant sees it; `requirements` are what a request for documents asked for. */
export type TimelineEvent = {
  type: string;
  at: string;
  message: string | null;
  requirements: { position: number; name: LocalizedText }[];
};

/** Reads the `data` of a timeline event written by lib/applications/staff-mutations.ts. */
export function toTimelineEvent(e: { type: string; at: Date; data: unknown }): TimelineEvent {
  const data = (e.data ?? {}) as { message?: unknown; requirements?: unknown };
  const requirements = Array.isArray(data.requirements)
    ? (data.requirements as { position: number; name: LocalizedText }[])
    : [];
  return {
    type: e.type,
    at: e.at.toISOString(),
    message: typeof data.message === "string" ? data.message : null,
    requirements,
  };
}

/**
 * The application of a live applicant session, with its timeline (oldest first): what the status
 * page shows. Null when there is no session or it expired.
 */
export async function getStatusForSession(sessionToken: string | undefined, origin: string) {
  if (!sessionToken || sessionToken.length > 100) return null;
  const session = await getDb().applicantSession.findFirst({
    where: { id: tokenId(sessionToken), expiresAt: { gt: new Date() } },
    select: {
      application: {
        select: {
          ...applicationSelect,
          events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { type: true, at: true, data: true } },
        },
      },
    },
  });
  if (!session) return null;
  const { events, ...row } = session.application;
  const timeline = events.map(toTimelineEvent);
  return { view: await toView(row, origin), timeline };
}
