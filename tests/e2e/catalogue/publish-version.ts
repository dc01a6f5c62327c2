/**
 * Publishes one change to a procedure through the catalogue's own functions (lib/catalogue/mutations.ts):
 * an editor opens a draft, changes it, submits it; a different person, a publisher, publishes it. Run by
 * history.spec.ts with tsx and DATABASE_URL set to the portal's database (Playwright's loader cannot import
 * the Prisma client). Reads one JSON argument:
 * { editorId, publisherId, slug, note, patch (fields merged into the document), effectiveAt?, copyFrom? }; with
 * `copyFrom` the slug is a new procedure, started as a copy of that one and published as its version 1.
 * Prints the publication as JSON.
 */

type Input = {
  editorId: string;
  publisherId: string;
  slug: string;
  note: string;
  patch: Record<string, unknown>;
  effectiveAt?: string;
  copyFrom?: string;
};

async function main() {
  // `server-only` refuses to load outside React Server Components; this is server code run by Node, so it
  // gets the package's empty module (what the react-server condition would give, without changing React).
  const serverOnly = require.resolve("server-only");
  require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;
  const { openDraft, publishDraft, saveDraft, startNewProcedure, submitDraft } =
    await import("@/lib/catalogue/mutations");
  const { getDb } = await import("@/lib/db");
  const input = JSON.parse(process.argv[2] ?? "{}") as Input;
  const editor = { id: input.editorId, role: "editor" as const };
  const publisher = { id: input.publisherId, role: "publisher" as const };
  const { id } = input.copyFrom
    ? await startNewProcedure(editor, { slug: input.slug, copyFrom: input.copyFrom })
    : await openDraft(editor, input.slug);
  const draft = await getDb().catalogueDraft.findUniqueOrThrow({
    where: { id },
    select: { revision: true, document: true },
  });
  const document = { ...(draft.document as Record<string, unknown>), ...input.patch };
  const saved = await saveDraft(editor, id, { revision: draft.revision, document, note: input.note });
  const submitted = await submitDraft(editor, id, { revision: saved.revision });
  const publication = await publishDraft(publisher, id, {
    revision: submitted.revision,
    effectiveAt: input.effectiveAt,
  });
  process.stdout.write(`${JSON.stringify(publication)}\n`);
  await getDb().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
