import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { personFees } from "@/lib/fees/person-fees";
import type { Locale } from "@/lib/i18n/config";
import { listOfficesForProcedure } from "@/lib/offices/queries";
import { officeChoiceSchema } from "@/lib/offices/schemas";
import { isOffered } from "@/lib/procedures/offered";
import { getProcedureBySlug } from "@/lib/procedures/queries";
import { RETENTION } from "@/lib/privacy/retention-periods";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { notificationChoiceSchema } from "@/lib/notifications/schemas";
import { logSecurityEvent } from "@/lib/security/log";
import { hashPassword, seal, tokenId } from "@/lib/crypto";
import { todayIn } from "@/lib/dates";
import { generateApplicationNumber, generatePassword, paymentReference, randomToken } from "./number";
import { reserveDraftStart, reserveSubmission } from "./rate-limit";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import { FORM_STEPS, procedureForm, type ApplicationAnswers, type FormStep } from "./fields";
import { cleanPrefill, hasPrefill } from "./prefill";
import { feeOptionsOf, stepFields, stepSchema } from "./steps";

const DRAFT_TTL_MS = RETENTION.draftMs;
/** Longest value read from any field; longer input is an error, never stored or echoed in full. */
const MAX_FIELD_CHARS = 5_000;

export type FieldErrors = Record<string, string>;
/**
 * Why a public request-form mutation refused, in the ErrorCode vocabulary of lib/errors.ts where the
 * meaning is the same: NOT_FOUND = no open draft (none, expired or already sent), INVALID_INPUT = a
 * malformed request or answers the schema refuses, RATE_LIMITED = too many from this client.
 */
export type StepResult =
  | { ok: true; next: FormStep | "review" }
  | { ok: false; reason?: "NOT_FOUND" | "INVALID_INPUT"; fieldErrors: FieldErrors; values: Record<string, string> };

/**
 * Starts a new request form for a procedure; returns the token for the applicant's cookie, null for an
 * unknown procedure, `retired` for one no longer offered (its page says why and what replaces it), or the
 * wait when this client started too many forms (APPLICATION_LIMITS).
 * `prefill` (what the guide already knows, untrusted) is kept only as far as cleanPrefill accepts it: values the
 * steps show first, never answers.
 */
export async function startDraft(
  slug: string,
  locale: Locale,
  client: string,
  prefill?: unknown,
): Promise<{ token: string } | { retryAfterSeconds: number } | { retired: true } | null> {
  const offered = await getProcedureBySlug(slug);
  if (offered && !isOffered(offered)) return { retired: true };
  const limited = await reserveDraftStart(client);
  if (limited) {
    logSecurityEvent("rate_limit.refused", { client, target: "draft-start" });
    return limited;
  }
  const procedure = await getDb().procedure.findUnique({ where: { slug }, select: { id: true } });
  if (!procedure) return null;
  const dto = prefill === undefined ? null : await getProcedureBySlug(slug);
  const proposed = dto ? cleanPrefill(prefill, procedureForm(dto), feeOptionsOf(dto)) : {};
  const token = randomToken();
  await getDb().applicationDraft.create({
    data: {
      id: tokenId(token),
      procedureId: procedure.id,
      locale,
      prefill: hasPrefill(proposed) ? proposed : undefined,
      expiresAt: new Date(Date.now() + DRAFT_TTL_MS),
    },
  });
  return { token };
}

async function findOpenDraft(token: string | undefined, slug: string) {
  if (!token || token.length > 100) return null;
  return getDb().applicationDraft.findFirst({
    where: { id: tokenId(token), procedure: { slug }, expiresAt: { gt: new Date() } },
    select: { id: true, answers: true, applicationId: true },
  });
}

/** Reads only the step's own fields, as strings; anything else in the request is ignored. */
function pickStepValues(
  raw: Record<string, unknown>,
  fields: string[],
): { values: Record<string, string>; malformed: boolean } {
  const values: Record<string, string> = {};
  let malformed = false;
  for (const field of fields) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") {
      malformed = true;
      continue;
    }
    values[field] = value;
  }
  return { values, malformed };
}

/**
 * Validates one step against its schema and saves it in the draft. Invalid input stores nothing
 * and comes back with per-field message keys and what the person typed (capped in length).
 */
export async function saveDraftStep(
  token: string | undefined,
  slug: string,
  step: FormStep,
  raw: Record<string, unknown>,
  returnToReview = false,
): Promise<StepResult> {
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) return { ok: false, reason: "NOT_FOUND", fieldErrors: {}, values: {} };
  const form = procedureForm(procedure);
  const feeOptions = feeOptionsOf(procedure);
  const { values, malformed } = pickStepValues(raw, stepFields(step, form, feeOptions));
  const echo = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, MAX_FIELD_CHARS)]));
  const draft = await findOpenDraft(token, slug);
  if (!draft || draft.applicationId !== null) return { ok: false, reason: "NOT_FOUND", fieldErrors: {}, values: echo };
  if (malformed) return { ok: false, reason: "INVALID_INPUT", fieldErrors: {}, values: echo };

  const tooLong = Object.entries(values).filter(([, v]) => v.length > MAX_FIELD_CHARS);
  if (tooLong.length)
    return {
      ok: false,
      reason: "INVALID_INPUT",
      fieldErrors: Object.fromEntries(tooLong.map(([k]) => [k, "errors.tooLong"])),
      values: echo,
    };

  const parsed = stepSchema(step, form, feeOptions).safeParse(values);
  if (!parsed.success)
    return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsFromZod(parsed.error.issues), values: echo };

  const answers = { ...(draft.answers as Partial<ApplicationAnswers>), [step]: parsed.data };
  await getDb().applicationDraft.update({
    where: { id: draft.id },
    data: { answers, expiresAt: new Date(Date.now() + DRAFT_TTL_MS) },
  });
  const index = FORM_STEPS.indexOf(step);
  const next = returnToReview || index === FORM_STEPS.length - 1 ? "review" : FORM_STEPS[index + 1]!;
  return { ok: true, next };
}

/** Reasons as in StepResult; "incomplete" = a step is missing or no longer valid (the applicant goes back to it). */
export type SubmitResult =
  | { ok: true; number: string; applicationId: number; replayed: boolean }
  | { ok: false; reason: "NOT_FOUND" }
  /** The procedure was retired while the person was filling the form: its start page says why and what replaces it. */
  | { ok: false; reason: "RETIRED" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; reason: "incomplete"; step: FormStep }
  | { ok: false; reason: "INVALID_INPUT"; fieldErrors: FieldErrors };

/**
 * Turns a complete draft into an application, once. The draft row is locked for the transaction,
 * so a double click, a retried request or the back button finds the application already made and
 * gets it back (replayed: true) instead of creating a second one. Every step is validated again:
 * the server decides, and dates such as a passport's expiry may have moved since the step was saved.
 * `choice.office` (the form's value) must be the slug of an office that receives the procedure; it is
 * stored as application.office_id. Without `choice` (API and tests) the office stays unset.
 * `choice.notify` / `choice.notifyLocale` are the e-mail updates consent (lib/notifications/schemas.ts);
 * when consent is given, the confirmation message is written to the outbox in the same transaction.
 * Without `notifyLocale` no updates are sent.
 *
 * Cost control (review finding M4): the client's submission limit is checked first, and the new
 * password is hashed (argon2id, the expensive part) only once the draft is found, still open and complete.
 */
export async function submitDraft(
  token: string | undefined,
  slug: string,
  client: string,
  choice?: { office: unknown; notify?: unknown; notifyLocale?: unknown },
): Promise<SubmitResult> {
  const limited = await reserveSubmission(client);
  if (limited) {
    logSecurityEvent("rate_limit.refused", { client, target: "submission" });
    return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limited.retryAfterSeconds };
  }
  const procedure = await getProcedureBySlug(slug);
  if (!procedure || !token || token.length > 100) return { ok: false, reason: "NOT_FOUND" };
  if (!isOffered(procedure)) return { ok: false, reason: "RETIRED" };
  let officeId: number | null = null;
  if (choice) {
    const offices = await listOfficesForProcedure(slug);
    const parsed = officeChoiceSchema(offices.map((o) => o.slug)).safeParse(choice);
    if (!parsed.success)
      return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsFromZod(parsed.error.issues) };
    officeId = offices.find((o) => o.slug === parsed.data.office)!.id;
  }
  let notify = { notifyUpdates: false, notifyLocale: "es" };
  if (choice?.notifyLocale !== undefined) {
    const parsed = notificationChoiceSchema.safeParse(choice);
    if (!parsed.success)
      return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsFromZod(parsed.error.issues) };
    notify = { notifyUpdates: parsed.data.notify, notifyLocale: parsed.data.notifyLocale };
  }
  const draftId = tokenId(token);
  const form = procedureForm(procedure);
  const feeOptions = feeOptionsOf(procedure);

  return getDb().$transaction(async (tx) => {
    const [draft] = await tx.$queryRaw<
      {
        answers: Partial<ApplicationAnswers>;
        application_id: number | null;
        expires_at: Date;
        procedure_id: number;
        locale: string;
      }[]
    >`
      SELECT d.answers, d.application_id, d.expires_at, d.procedure_id, d.locale FROM application_draft d
      JOIN procedure p ON p.id = d.procedure_id
      WHERE d.id = ${draftId} AND p.slug = ${slug}
      FOR UPDATE OF d`;
    if (!draft) return { ok: false, reason: "NOT_FOUND" } as const;
    if (draft.application_id !== null) {
      const existing = await tx.application.findUniqueOrThrow({
        where: { id: draft.application_id },
        select: { id: true, number: true },
      });
      return { ok: true, number: existing.number, applicationId: existing.id, replayed: true } as const;
    }
    if (draft.expires_at <= new Date()) return { ok: false, reason: "NOT_FOUND" } as const;

    const answers: Record<string, unknown> = {};
    for (const step of FORM_STEPS) {
      const parsed = stepSchema(step, form, feeOptions).safeParse(draft.answers[step] ?? {});
      if (!parsed.success) return { ok: false, reason: "incomplete", step } as const;
      answers[step] = parsed.data;
    }
    // The version whose text the answers were just checked against: the application keeps it for good.
    const version = procedure.version
      ? await tx.procedureVersion.findUnique({
          where: { procedureId_number: { procedureId: draft.procedure_id, number: procedure.version.number } },
          select: { id: true },
        })
      : null;
    if (!version) throw new Error(`Procedure ${slug} has no published version ${procedure.version?.number}`);
    const complete = answers as ApplicationAnswers;
    const chosen = complete.details.feeChoice === undefined ? null : Number(complete.details.feeChoice);
    // The fees of this person: the chosen alternative, minus those whose condition excludes them (one evaluator).
    const fees = personFees(procedure, complete, todayIn(), chosen).items.map((i) => i.fee);
    const { personal } = complete;
    const password = generatePassword();
    const passwordHash = await hashPassword(password.replace(/-/g, ""));
    const year = Number(todayIn().slice(0, 4));

    // 40 random bits per year: a collision is rare, and the unique index turns it into a retry.
    for (let attempt = 0; ; attempt += 1) {
      const number = generateApplicationNumber(year);
      const taken = await tx.application.findUnique({ where: { number }, select: { id: true } });
      if (taken) {
        if (attempt > 5) throw new Error("Could not draw a free application number");
        continue;
      }
      const application = await tx.application.create({
        data: {
          number,
          passwordHash,
          procedureId: draft.procedure_id,
          locale: draft.locale,
          answers: complete,
          applicantName: [personal.givenNames, personal.firstSurname, personal.secondSurname].filter(Boolean).join(" "),
          feePositions: fees.map((f) => f.position),
          procedureVersionId: version.id,
          paymentReference: paymentReference(number),
          officeId,
          ...notify,
          events: { create: { type: "submitted" } },
        },
        select: { id: true, number: true },
      });
      await enqueueNotification(tx, application.id, "confirmation", { status: "submitted" });
      await tx.applicationDraft.update({
        where: { id: draftId },
        data: {
          applicationId: application.id,
          // The application holds the answers now: the proposed values have no further use.
          prefill: Prisma.DbNull,
          sealedPassword: new Uint8Array(seal(token, password)),
          sealedUntil: new Date(Date.now() + RETENTION.confirmationMs),
          expiresAt: new Date(Date.now() + RETENTION.submittedDraftMs),
        },
      });
      return { ok: true, number: application.number, applicationId: application.id, replayed: false } as const;
    }
  });
}

/** A short-lived session that lets this browser see and download its application; returns the cookie token. */
export async function createApplicantSession(applicationId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + RETENTION.applicantSessionMs);
  await getDb().applicantSession.create({ data: { id: tokenId(token), applicationId, expiresAt } });
  return { token, expiresAt };
}

/**
 * "Finish on this device" and "Sign out": ends the applicant session on the server (a copied cookie
 * stops working at once) and deletes the drafts this browser holds, sent or not, with their answers and
 * sealed password. The caller clears the cookies.
 */
export async function endApplicantVisit(input: {
  sessionToken?: string;
  draftTokens: string[];
  client: string;
}): Promise<void> {
  const sessionIds = input.sessionToken && input.sessionToken.length <= 100 ? [tokenId(input.sessionToken)] : [];
  const draftIds = input.draftTokens.filter((t) => t.length <= 100).map(tokenId);
  await getDb().$transaction([
    getDb().applicantSession.deleteMany({ where: { id: { in: sessionIds } } }),
    getDb().applicationDraft.deleteMany({ where: { id: { in: draftIds } } }),
  ]);
  logSecurityEvent("applicant.sign_out", { client: input.client, count: sessionIds.length + draftIds.length });
}
