import "server-only";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOfficeBySlug } from "@/lib/offices/queries";
import { generateShortCode } from "./codes";
import type { PosterRequestInput } from "./schemas";
import { targetKey } from "./targets";
import type { ShortLinkDTO } from "./types";
import { AUTHORITY_TIME_ZONE } from "@/lib/dates";

/** Postgres' unique_violation: here only a freshly drawn code that already exists. */
const UNIQUE_VIOLATION = "23505";

function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (code === UNIQUE_VIOLATION || code === "P2002") return true;
    if (/23505|unique constraint/i.test(String((e as { message?: unknown }).message ?? ""))) return true;
  }
  return false;
}

/**
 * The permanent short code of a poster, created the first time it is asked for. Asking again (or twice
 * at once) returns the same code: one atomic `INSERT … ON CONFLICT (target)`. Unknown procedure or
 * office: NOT_FOUND. Staff with "posters.manage" only.
 */
export async function getOrCreateShortLink(actor: StaffActor | null, input: PosterRequestInput): Promise<ShortLinkDTO> {
  authorize(actor, "posters.manage");
  const db = getDb();
  let procedureId: number | null = null;
  let officeId: number | null = null;
  let officeSlug: string | null = null;
  if (input.kind === "procedure") {
    const procedure = await db.procedure.findUnique({ where: { slug: input.procedure! }, select: { id: true } });
    if (!procedure) throw new DomainError("NOT_FOUND", `No procedure "${input.procedure}"`);
    procedureId = procedure.id;
  }
  if (input.kind !== "general" && input.office) {
    const office = await getOfficeBySlug(input.office);
    if (!office) throw new DomainError("NOT_FOUND", `No office "${input.office}"`);
    officeId = office.id;
    officeSlug = office.slug;
  }
  const target = targetKey(input.kind, procedureId, officeId);

  for (let attempt = 0; ; attempt += 1) {
    try {
      const [row] = await db.$queryRaw<{ code: string }[]>`
        INSERT INTO short_link (code, kind, target, procedure_id, office_id)
        VALUES (${generateShortCode()}, ${input.kind}::poster_kind, ${target}, ${procedureId}, ${officeId})
        ON CONFLICT (target) DO UPDATE SET target = EXCLUDED.target
        RETURNING code`;
      const code = row!.code;
      if (input.kind === "procedure") return { code, kind: "procedure", procedureSlug: input.procedure!, officeSlug };
      if (input.kind === "office") return { code, kind: "office", officeSlug: officeSlug! };
      return { code, kind: "general" };
    } catch (error) {
      // A new code that collides with an existing one: draw again (31^7 codes make this very rare).
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/**
 * Counts one scan of `code` today (where the authority is: AUTHORITY_TIME_ZONE), exactly, under any concurrency: a single
 * `INSERT … ON CONFLICT DO UPDATE SET count = count + 1` (row lock, no read-modify-write). Stores
 * no IP, cookie, user agent or time of day. Unknown codes are not counted (the foreign key refuses them).
 */
export async function recordScan(code: string): Promise<void> {
  await getDb().$executeRaw`
    INSERT INTO poster_scan (code, day, count)
    VALUES (${code}, (now() AT TIME ZONE ${AUTHORITY_TIME_ZONE}::text)::date, 1)
    ON CONFLICT (code, day) DO UPDATE SET count = poster_scan.count + 1`;
}
