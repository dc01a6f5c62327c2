/**
 * Publishes a fee change the way staff do (lib/catalogue/mutations.ts: an editor drafts and submits, another
 * person publishes), for the tests and the bench that watch it reach the public surfaces. A command of its own,
 * which lets the lib's `server-only` modules load (prisma/scripts/lib/server-only.ts):
 *   DATABASE_URL=… tsx tests/factories/publish-fee.ts <slug> <fee position> <amount>
 * Prints `{"number":N}` (the new version) on success.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

/** Runs this file as a command against `databaseUrl`; returns the published version number. */
export function publishFeeChange(databaseUrl: string, slug: string, position: number, amount: number): number {
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    [__filename, slug, String(position), String(amount)],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`publishing failed: ${result.stderr || result.stdout}`);
  return (JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { number: number }).number;
}

async function main() {
  const [slug, position, amount] = process.argv.slice(2);
  const { allowServerOnlyModules } = await import("../../prisma/scripts/lib/server-only");
  allowServerOnlyModules();
  const { createPrismaClient } = await import("../../lib/db");
  const { createStaff } = await import("./staff");
  const catalogue = await import("../../lib/catalogue/mutations");
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const editor = await createStaff(db, { role: "editor", enrolled: false });
    const publisher = await createStaff(db, { role: "publisher", enrolled: false });
    const { id } = await catalogue.openDraft(editor, slug!);
    const draft = await db.catalogueDraft.findUniqueOrThrow({
      where: { id },
      select: { document: true, revision: true },
    });
    const document = draft.document as { fees: { amount?: number }[] };
    document.fees[Number(position)]!.amount = Number(amount);
    const saved = await catalogue.saveDraft(editor, id, {
      revision: draft.revision,
      document,
      note: "Cambio de cuota (prueba)",
    });
    const submitted = await catalogue.submitDraft(editor, id, { revision: saved.revision });
    const published = await catalogue.publishDraft(publisher, id, { revision: submitted.revision });
    console.log(JSON.stringify({ number: published.number }));
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
