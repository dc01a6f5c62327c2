import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { EDITOR_FORM, errorTarget } from "@/lib/catalogue/editor-form";
import { getDraftForEditor, getDraftStamp, getEditorOptions } from "@/lib/catalogue/editor-queries";
import { saveFromEditor } from "@/lib/catalogue/editor-save";
import { kindOf } from "@/lib/catalogue/form-data";
import { openDraft } from "@/lib/catalogue/mutations";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";

const SLUG = "renovacion-de-documento-migratorio";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let editor: TestStaff;
let other: TestStaff;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  editor = await createStaff(db, { role: "editor" });
  other = await createStaff(db, { role: "editor" });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/**
 * What the editor page posts for a document: one field per leaf, named by its path, in the form's own
 * encodings (JSON text, comma-separated ids, one line per citation, a checkbox's hidden "false").
 */
function postOf(document: Record<string, unknown>, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  const walk = (value: unknown, path: string) => {
    const kind = kindOf(EDITOR_FORM, path);
    if (kind === "json") form.append(path, JSON.stringify(value));
    else if (kind === "list") form.append(path, (value as string[]).join(", "));
    else if (kind === "lines") form.append(path, (value as string[]).join("\n"));
    else if (kind === "multi") (value as string[]).forEach((v) => form.append(path, v));
    else if (kind === "boolean") {
      form.append(path, "false");
      if (value === true) form.append(path, "true");
    } else if (value === null) form.append(path, "");
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (typeof value === "object") Object.entries(value as object).forEach(([k, v]) => walk(v, `${path}.${k}`));
    else form.append(path, String(value));
  };
  Object.entries(document).forEach(([k, v]) => walk(v, k));
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

async function publishedDocument(slug: string) {
  const version = await db.procedureVersion.findFirstOrThrow({
    where: { procedure: { slug } },
    orderBy: { number: "desc" },
    select: { document: true },
  });
  return version.document as Record<string, unknown>;
}

describe("the catalogue editor", () => {
  it("opens a procedure's draft with its published document, who saved it and the lists its fields choose from", async () => {
    expect(await getDraftForEditor(editor, SLUG)).toBeNull();
    await openDraft(editor, SLUG);
    const draft = (await getDraftForEditor(editor, SLUG))!;
    expect(draft.status).toBe("editing");
    expect(draft.isNew).toBe(false);
    expect(draft.baseVersion).toBe(1);
    expect((draft.document.title as { es: string }).es).toBe("Renovación de documento migratorio");
    expect(draft.savedBy).toBe(editor.name);
    // The signature of a minor's parent applies under 18: its condition is shown in words.
    expect(draft.conditionWords["requirements.1.appliesWhen"]?.es).toMatch(/18 años/);
    const options = await getEditorOptions(editor);
    expect(options.currencies).toContain("MXN");
    expect(options.officesByState.flatMap((s) => s.offices).length).toBeGreaterThan(1);
    expect(options.categories.map((c) => c.slug)).toContain((draft.document as { category: string }).category);
  });

  it("refuses a clerk", async () => {
    const clerk = await createStaff(db, { role: "clerk" });
    await expect(getDraftForEditor(clerk, SLUG)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("saves the form unchanged without losing or altering anything of the published document", async () => {
    const draft = (await getDraftForEditor(editor, SLUG))!;
    const result = await saveFromEditor(editor, draft.id, postOf(draft.document, { revision: String(draft.revision) }));
    expect(result.fieldErrors).toEqual({});
    expect(result.revision).toBe(draft.revision + 1);
    const saved = (await getDraftForEditor(editor, SLUG))!;
    expect(saved.document).toEqual(await publishedDocument(SLUG));
  });

  it("adds a requirement at the end, moves it up, and focuses the row it touched", async () => {
    let draft = (await getDraftForEditor(editor, SLUG))!;
    const added = await saveFromEditor(
      editor,
      draft.id,
      postOf(draft.document, { revision: String(draft.revision), intent: "add:requirements" }),
    );
    expect(added.focus).toBe("requirements.9.name.es");
    draft = (await getDraftForEditor(editor, SLUG))!;
    const requirements = draft.document.requirements as Record<string, unknown>[];
    expect(requirements).toHaveLength(10);
    expect(requirements[9]).toEqual({});

    const form = postOf(draft.document, { revision: String(draft.revision), intent: "up:requirements.9" });
    form.set("requirements.9.name.es", "Constancia de empleo");
    const moved = await saveFromEditor(editor, draft.id, form);
    expect(moved.focus).toBe("requirements.8.name.es");
    draft = (await getDraftForEditor(editor, SLUG))!;
    const names = (draft.document.requirements as { name?: { es: string } }[]).map((r) => r.name?.es);
    expect(names.slice(7)).toEqual([
      "Documento que pruebe que sigue en la situación que le dio su estancia",
      "Constancia de empleo",
      "Apostilla o legalización y traducción al español",
    ]);
  });

  it("keeps JSON that does not parse as typed and reports it on its field", async () => {
    const draft = (await getDraftForEditor(editor, SLUG))!;
    const form = postOf(draft.document, { revision: String(draft.revision) });
    form.set("requirements.1.appliesWhen", '{ "field": "age", "op": "lt" ');
    const result = await saveFromEditor(editor, draft.id, form);
    expect(result.fieldErrors).toEqual({ "requirements.1.appliesWhen": "catalogue.errors.json" });
    const saved = (await getDraftForEditor(editor, SLUG))!;
    expect((saved.document.requirements as { appliesWhen: unknown }[])[1]!.appliesWhen).toBe(
      '{ "field": "age", "op": "lt"',
    );
  });

  it("refuses a save from a page read before someone else's save, and says who saved", async () => {
    const draft = (await getDraftForEditor(editor, SLUG))!;
    const first = postOf(draft.document, { revision: String(draft.revision) });
    first.set("title.es", "Renovación de la tarjeta");
    await saveFromEditor(other, draft.id, first);

    const stale = postOf(draft.document, { revision: String(draft.revision) });
    stale.set("title.es", "Otro nombre");
    const error = await saveFromEditor(editor, draft.id, stale).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("CONFLICT");
    const saved = (await getDraftForEditor(editor, SLUG))!;
    expect((saved.document.title as { es: string }).es).toBe("Renovación de la tarjeta");
    expect((await getDraftStamp(editor, draft.id))?.savedBy).toBe(other.name);
  });

  it("submits only a complete draft with a change note, the errors keyed by document path", async () => {
    let draft = (await getDraftForEditor(editor, SLUG))!;
    const noNote = postOf(draft.document, { revision: String(draft.revision), intent: "submit" });
    noNote.set("requirements.1.appliesWhen", '{ "field": "age", "op": "lt", "value": 18 }');
    let result = await saveFromEditor(editor, draft.id, noNote);
    expect(result.submitted).toBe(false);
    expect(result.fieldErrors).toEqual({ note: "catalogue.errors.noteRequired" });

    draft = (await getDraftForEditor(editor, SLUG))!;
    const missing = postOf(draft.document, {
      revision: String(draft.revision),
      intent: "submit",
      note: "Nuevo requisito",
    });
    missing.set("requirements.8.name.es", "");
    result = await saveFromEditor(editor, draft.id, missing);
    expect(result.submitted).toBe(false);
    // The name lost its Spanish text (and so its object): the page shows it on the Spanish field.
    expect(result.fieldErrors["requirements.8.name"]).toBe("catalogue.errors.required");
    expect(errorTarget("requirements.8.name")).toBe("requirements.8.name.es");

    draft = (await getDraftForEditor(editor, SLUG))!;
    const fixed = postOf(draft.document, {
      revision: String(draft.revision),
      intent: "submit",
      note: "Nuevo requisito",
    });
    fixed.set("requirements.8.name.es", "Constancia de empleo");
    fixed.set("requirements.8.name.en", "Proof of employment");
    fixed.set("requirements.8.presentation", "original");
    fixed.set("requirements.8.sources", "ley-de-migracion");
    fixed.set("requirements.8.verify", "false");
    result = await saveFromEditor(editor, draft.id, fixed);
    expect(result.fieldErrors).toEqual({});
    expect(result.submitted).toBe(true);
    expect((await getDraftForEditor(editor, SLUG))!.status).toBe("submitted");
  });
});
