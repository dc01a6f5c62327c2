import { describe, expect, it } from "vitest";
import { errorTarget, readEditorPost } from "./editor-form";
import { applyListIntent, displayValue, fieldId, parseListIntent, readForm, type FormSpec } from "./form-data";

const spec: FormSpec = {
  roots: ["title", "items", "count", "rank", "flag", "cond", "ids", "lines", "offices", "codes", "window"],
  keepEmpty: ["codes"],
  kinds: {
    count: "number",
    rank: "number?",
    flag: "boolean",
    cond: "json",
    "items.*.cond": "json",
    "items.*.ok": "boolean",
    ids: "list",
    lines: "lines",
    offices: "multi",
    window: "object?",
    "window.days": "number",
  },
};

const post = (pairs: [string, string][]) => readForm(pairs, spec);

describe("readForm", () => {
  it("builds nested objects and lists from dotted names, lists in index order", () => {
    const { value } = post([
      ["title.es", "Hola"],
      ["title.en", "Hello"],
      ["items.1.name.es", "Segundo"],
      ["items.0.name.es", "Primero"],
    ]);
    expect(value).toEqual({
      title: { es: "Hola", en: "Hello" },
      items: [{ name: { es: "Primero" } }, { name: { es: "Segundo" } }],
      codes: {},
    });
  });

  it("reads numbers, and an empty nullable number as null", () => {
    expect(
      post([
        ["count", "12"],
        ["rank", ""],
      ]).value,
    ).toEqual({ count: 12, rank: null, codes: {} });
    expect(post([["count", "1,5"]]).value.count).toBe(1.5);
    // Not a number: kept as typed, so the schema says "invalid" instead of the field going blank.
    expect(post([["count", "doce"]]).value.count).toBe("doce");
  });

  it("reads a checkbox with its hidden companion: the last value wins", () => {
    expect(
      post([
        ["flag", "false"],
        ["flag", "true"],
      ]).value.flag,
    ).toBe(true);
    expect(post([["flag", "false"]]).value.flag).toBe(false);
    expect(
      post([
        ["items.0.ok", "false"],
        ["items.0.ok", "true"],
      ]).value.items,
    ).toEqual([{ ok: true }]);
  });

  it("treats empty fields as absent and drops objects left empty, but never a list row", () => {
    const { value } = post([
      ["title.es", "  "],
      ["title.en", ""],
      ["items.0.name.es", ""],
      ["items.1.name.es", "Uno"],
    ]);
    expect(value).toEqual({ items: [{}, { name: { es: "Uno" } }], codes: {} });
  });

  it("reads an all-empty nullable object as null and keeps a required empty object", () => {
    expect(
      post([
        ["window.days", ""],
        ["window.unit", ""],
      ]).value,
    ).toEqual({ window: null, codes: {} });
    expect(
      post([
        ["window.days", "10"],
        ["window.unit", "business"],
      ]).value.window,
    ).toEqual({
      days: 10,
      unit: "business",
    });
  });

  it("parses JSON fields and reports text that is not JSON, keeping it as typed", () => {
    const ok = post([["cond", '{ "field": "age", "op": "lt", "value": 18 }']]);
    expect(ok.value.cond).toEqual({ field: "age", op: "lt", value: 18 });
    expect(ok.errors).toEqual({});
    const bad = post([["items.0.cond", "{ field: age }"]]);
    expect(bad.value.items).toEqual([{ cond: "{ field: age }" }]);
    expect(bad.errors).toEqual({ "items.0.cond": "catalogue.errors.json" });
  });

  it("splits id lists on commas and spaces, lines on line breaks, and gathers repeated checkboxes", () => {
    const { value } = post([
      ["ids", "lfd-2026, dof-2011\nrlm"],
      ["lines", "Ley de Migración art. 52\r\n\r\nLFD art. 8 "],
      ["offices", "cdmx"],
      ["offices", "jalisco"],
    ]);
    expect(value.ids).toEqual(["lfd-2026", "dof-2011", "rlm"]);
    expect(value.lines).toEqual(["Ley de Migración art. 52", "LFD art. 8"]);
    expect(value.offices).toEqual(["cdmx", "jalisco"]);
  });

  it("ignores names outside the form's roots and prototype tricks", () => {
    const { value } = post([
      ["intent", "save"],
      ["$ACTION_ID_abc", ""],
      ["title.__proto__.x", "1"],
      ["title..es", "x"],
    ]);
    expect(value).toEqual({ codes: {} });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("displayValue", () => {
  it("shows each kind the way readForm reads it back", () => {
    const doc = {
      count: 3,
      ids: ["a", "b"],
      lines: ["uno", "dos"],
      cond: { field: "age" },
      items: [{ cond: "{ broken" }],
    };
    expect(displayValue(spec, doc, "count")).toBe("3");
    expect(displayValue(spec, doc, "ids")).toBe("a, b");
    expect(displayValue(spec, doc, "lines")).toBe("uno\ndos");
    expect(displayValue(spec, doc, "cond")).toBe('{\n  "field": "age"\n}');
    expect(displayValue(spec, doc, "items.0.cond")).toBe("{ broken");
    expect(displayValue(spec, doc, "rank")).toBe("");
  });
});

describe("list intents", () => {
  const lists = ["requirements", "fees"];

  it("parses add, remove and moves of known lists only", () => {
    expect(parseListIntent("add:requirements", lists)).toEqual({ op: "add", list: "requirements", index: -1 });
    expect(parseListIntent("remove:requirements.3", lists)).toEqual({ op: "remove", list: "requirements", index: 3 });
    expect(parseListIntent("up:fees.1", lists)).toEqual({ op: "up", list: "fees", index: 1 });
    expect(parseListIntent("down:steps.0", lists)).toBeNull();
    expect(parseListIntent("remove:fees", lists)).toBeNull();
    expect(parseListIntent("save", lists)).toBeNull();
  });

  it("adds an empty row at the end and focuses it", () => {
    const r = applyListIntent({ fees: [{ a: 1 }] }, { op: "add", list: "fees", index: -1 });
    expect(r.value.fees).toEqual([{ a: 1 }, {}]);
    expect(r.focus).toBe("fees.1");
  });

  it("moves rows up and down, following the row", () => {
    const up = applyListIntent({ fees: ["a", "b", "c"] }, { op: "up", list: "fees", index: 2 });
    expect(up.value.fees).toEqual(["a", "c", "b"]);
    expect(up.focus).toBe("fees.1");
    const down = applyListIntent({ fees: ["a", "b", "c"] }, { op: "down", list: "fees", index: 0 });
    expect(down.value.fees).toEqual(["b", "a", "c"]);
    expect(down.focus).toBe("fees.1");
    const top = applyListIntent({ fees: ["a", "b"] }, { op: "up", list: "fees", index: 0 });
    expect(top.value.fees).toEqual(["a", "b"]);
  });

  it("removes a row and sends focus to the list", () => {
    const original = { fees: ["a", "b", "c"] };
    const r = applyListIntent(original, { op: "remove", list: "fees", index: 1 });
    expect(r.value.fees).toEqual(["a", "c"]);
    expect(r.focus).toBe("fees");
    expect(original.fees).toEqual(["a", "b", "c"]);
  });
});

describe("the editor's post", () => {
  it("separates the change note and new sources from the document", () => {
    const post = readEditorPost([
      ["intent", "save"],
      ["revision", "4"],
      ["note", "Cuota 2027"],
      ["newSources.0.id", "dof-2027"],
      ["title.es", "Renovación"],
      ["fees.0.amount", ""],
      ["fees.0.verify", "false"],
      ["deadline.resolution.days", ""],
      ["deadline.resolution.unit", ""],
      ["offices", "cdmx"],
    ]);
    expect(post.note).toBe("Cuota 2027");
    expect(post.newSources).toEqual([{ id: "dof-2027" }]);
    expect(post.document).toEqual({
      title: { es: "Renovación" },
      requirements: [],
      fees: [{ amount: null, verify: false }],
      steps: [],
      deadline: { resolution: null },
      offices: ["cdmx"],
      codes: {},
    });
  });

  it("reads a retirement without replacements as replaced by nothing", () => {
    const post = readEditorPost([
      ["retired.on", "2027-01-01"],
      ["retired.replacedBy", ""],
      ["retired.note.es", "Ya no se ofrece."],
    ]);
    expect(post.document.retired).toEqual({ on: "2027-01-01", replacedBy: [], note: { es: "Ya no se ofrece." } });
    expect(readEditorPost([["retired.on", ""]]).document.retired).toBeUndefined();
  });

  it("makes ids a `#` link can reach", () => {
    expect(fieldId("requirements.0.name.es")).toBe("requirements-0-name-es");
  });
});

describe("where an error is shown", () => {
  it("on the Spanish field of a text given per language, the JSON field or id list holding it, or the field itself", () => {
    expect(errorTarget("requirements.2.name")).toBe("requirements.2.name.es");
    expect(errorTarget("retired.note")).toBe("retired.note.es");
    expect(errorTarget("note")).toBe("note");
    expect(errorTarget("fees.0.legalBasis.1.instrument")).toBe("fees.0.legalBasis");
    expect(errorTarget("routes.0.name.es")).toBe("routes");
    expect(errorTarget("requirements.1.sources.0")).toBe("requirements.1.sources");
    expect(errorTarget("offices.3")).toBe("offices");
    expect(errorTarget("requirements.1.presentation")).toBe("requirements.1.presentation");
  });
});
