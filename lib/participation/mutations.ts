import "server-only";
import { randomToken } from "@/lib/applications/number";
import { tokenId } from "@/lib/crypto";
import { todayIn } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { parseFeedbackPage } from "./pages";
import { knownSlugs } from "./queries";
import { consumeFeedbackPoint } from "./rate-limit";
import { redactPersonalData } from "./redact";
import { feedbackCommentSchema, handleFeedbackSchema, pageFeedbackSchema, surveySchema } from "./schemas";
import { offersSurvey } from "@/lib/applications/statuses";
import { type CommentResult, type FeedbackResult, type SurveyResult } from "./types";

/** How long after the vote its comment may be added (the key is then useless). */
const COMMENT_WINDOW_MS = 60 * 60 * 1000;
/** More links than this in one comment is what spam looks like; such comments are dropped silently. */
const MAX_LINKS = 2;

const linkCount = (text: string) => (text.match(/https?:\/\/|www\./gi) ?? []).length;

/**
 * Stores one "Was this page useful?" answer: the page (a known public route), its language, yes/no and
 * the day. No address, no cookie. Returns the key that lets the same browser add its comment. A filled
 * honeypot gets an answer that looks the same and stores nothing, so bots learn nothing.
 */
export async function recordPageFeedback(
  raw: { path: unknown; useful: unknown; honeypot?: unknown },
  clientKey: string,
): Promise<FeedbackResult> {
  const parsed = pageFeedbackSchema.safeParse({ path: raw.path, useful: raw.useful });
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT" };
  const page = parseFeedbackPage(parsed.data.path, await knownSlugs());
  if (!page) return { ok: false, reason: "INVALID_INPUT" };
  if (typeof raw.honeypot === "string" && raw.honeypot !== "") return { ok: true, ref: randomToken() };

  const limited = await consumeFeedbackPoint(clientKey, page.path);
  if (limited) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limited.retryAfterSeconds };

  const ref = randomToken();
  const db = getDb();
  const procedure = page.procedureSlug
    ? await db.procedure.findUnique({ where: { slug: page.procedureSlug }, select: { id: true } })
    : null;
  await db.pageFeedback.create({
    data: {
      path: page.path,
      locale: page.locale,
      procedureId: procedure?.id ?? null,
      useful: parsed.data.useful,
      day: new Date(`${todayIn()}T00:00:00Z`),
      commentKey: tokenId(ref),
      commentUntil: new Date(Date.now() + COMMENT_WINDOW_MS),
    },
  });
  return { ok: true, ref };
}

/**
 * Adds the optional "what was missing?" comment to the answer `ref` belongs to, redacted, once, within
 * the hour. The key is spent either way, so a leaked link cannot overwrite anything.
 */
export async function addFeedbackComment(raw: { ref: unknown; pageComment: unknown }): Promise<CommentResult> {
  const parsed = feedbackCommentSchema.safeParse({ ref: raw.ref, pageComment: raw.pageComment });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFromZod(parsed.error.issues);
    if (fieldErrors.ref) return { ok: false, reason: "expired" };
    return { ok: false, reason: "INVALID_INPUT", fieldErrors };
  }
  const comment = parsed.data.pageComment!;
  const isSpam = linkCount(comment) > MAX_LINKS;
  const updated = await getDb().pageFeedback.updateMany({
    where: { commentKey: tokenId(parsed.data.ref), comment: null, commentUntil: { gt: new Date() } },
    data: { comment: isSpam ? null : redactPersonalData(comment).text, commentKey: null, commentUntil: null },
  });
  return updated.count === 1 ? { ok: true } : { ok: false, reason: "expired" };
}

/** First day of the current month where the authority is, as a DATE value. */
function currentMonth(): Date {
  return new Date(`${todayIn().slice(0, 7)}-01T00:00:00Z`);
}

/**
 * The applicant's answer to the satisfaction survey of the application their session covers, once it is
 * resolved. One answer per application (unique constraint; a second one is "already answered", never an
 * error). Free text is redacted before it is stored.
 */
export async function submitSurvey(sessionToken: string | undefined, raw: unknown): Promise<SurveyResult> {
  if (!sessionToken || sessionToken.length > 100) return { ok: false, reason: "UNAUTHENTICATED" };
  const db = getDb();
  const session = await db.applicantSession.findFirst({
    where: { id: tokenId(sessionToken), expiresAt: { gt: new Date() } },
    select: {
      application: {
        select: { id: true, status: true, procedureId: true, officeId: true, survey: { select: { id: true } } },
      },
    },
  });
  if (!session) return { ok: false, reason: "UNAUTHENTICATED" };
  const { application } = session;
  if (!offersSurvey(application.status)) return { ok: false, reason: "FORBIDDEN" };
  if (application.survey) return { ok: false, reason: "CONFLICT" };
  const parsed = surveySchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsFromZod(parsed.error.issues) };
  const answer = parsed.data;
  const created = await db.satisfactionSurvey.createMany({
    data: [
      {
        applicationId: application.id,
        procedureId: application.procedureId,
        officeId: application.officeId,
        outcome: application.status,
        month: currentMonth(),
        satisfaction: answer.satisfaction,
        requirementsComplete: answer.requirementsComplete,
        askedExtra: answer.askedExtra,
        extraDetail: answer.extraDetail ? redactPersonalData(answer.extraDetail).text : null,
        officeTime: answer.officeTime,
        comment: answer.comment ? redactPersonalData(answer.comment).text : null,
      },
    ],
    // Two tabs sending at once: the unique index keeps one, the other is told it was already answered.
    skipDuplicates: true,
  });
  return created.count === 1 ? { ok: true } : { ok: false, reason: "CONFLICT" };
}

/**
 * Staff mark a page comment or a survey answer (comment or "asked for something not on the list" flag)
 * as handled, with a note of what was done. Optimistic lock on `version`: a change made meanwhile by
 * someone else is a CONFLICT, never overwritten. The audit row is written in the same transaction.
 */
export async function markFeedbackHandled(
  raw: unknown,
  actor: StaffActor | null,
): Promise<{ version: number; handledAt: string }> {
  const staff = authorize(actor, "participation.handle");
  const parsed = handleFeedbackSchema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError("INVALID_INPUT", "Invalid handling note", {
      fieldErrors: fieldErrorsFromZod(parsed.error.issues),
    });
  const { kind, id, version, note } = parsed.data;
  const handledAt = new Date();
  const data = { handledAt, handledBy: staff.id, handledNote: note, version: { increment: 1 } };
  const entity = kind === "page" ? "page_feedback" : "satisfaction_survey";
  return getDb().$transaction(async (tx) => {
    const where = { id, version };
    const before =
      kind === "page"
        ? await tx.pageFeedback.findUnique({ where: { id }, select: { handledNote: true, handledAt: true } })
        : await tx.satisfactionSurvey.findUnique({ where: { id }, select: { handledNote: true, handledAt: true } });
    if (!before) throw new DomainError("NOT_FOUND", `No ${entity} ${id}`);
    const updated =
      kind === "page"
        ? await tx.pageFeedback.updateMany({ where, data })
        : await tx.satisfactionSurvey.updateMany({ where, data });
    if (updated.count === 0) throw new DomainError("CONFLICT", "Changed by someone else; reload");
    await tx.auditLog.create({
      data: {
        actorId: staff.id,
        actorRole: staff.role,
        action: `${entity}.handled`,
        entity,
        entityId: String(id),
        before: { version, handledAt: before.handledAt?.toISOString() ?? null, handledNote: before.handledNote },
        after: { version: version + 1, handledAt: handledAt.toISOString(), handledNote: note },
      },
    });
    return { version: version + 1, handledAt: handledAt.toISOString() };
  });
}
