/**
 * Posted form fields ↔ a nested object, for forms whose field names are object paths
 * (`requirements.0.name.es`). Written once and driven by a table of field types, so the catalogue editor's
 * form, its autosave and its tests read a post the same way. No server-only imports: the browser uses
 * `displayValue` to fill the fields.
 */

/**
 * How a posted string becomes a value. Every kind reads an empty field as absent, except:
 * `number?` and `object?` read an all-empty field (or object) as null; `boolean` is false unless "true".
 * - `list`: ids separated by commas, spaces or line breaks → string[]
 * - `lines`: one entry per line → string[]
 * - `multi`: the same name posted several times (checkboxes) → string[]
 * - `json`: JSON text; text that is not JSON is kept as typed and reported (`catalogue.errors.json`)
 */
export type FieldKind = "text" | "number" | "number?" | "boolean" | "json" | "list" | "lines" | "multi" | "object?";

export type FormSpec = {
  /** Path patterns (`*` = any list index) → kind; a path not listed is text. */
  kinds: Record<string, FieldKind>;
  /** Top-level names read; any other posted name (intent, revision, framework fields) is ignored. */
  roots: readonly string[];
  /** Objects kept even when all their fields are empty (they are required and every field in them optional). */
  keepEmpty?: readonly string[];
};

export type FormRead = { value: Record<string, unknown>; errors: Record<string, string> };

/** The error key for JSON that does not parse. */
export const JSON_ERROR = "catalogue.errors.json";

const INDEX = /^\d+$/;

function matches(pattern: string, path: string): boolean {
  const p = pattern.split(".");
  const s = path.split(".");
  return p.length === s.length && p.every((part, i) => part === s[i] || (part === "*" && INDEX.test(s[i]!)));
}

/** The kind of the field at `path` (list indices matched by `*`). */
export function kindOf(spec: FormSpec, path: string): FieldKind {
  for (const [pattern, kind] of Object.entries(spec.kinds)) if (matches(pattern, path)) return kind;
  return "text";
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * Reads a post into an object. Numeric path parts build lists (in index order, gaps closed); an object
 * whose fields are all empty is left out (or null for `object?`), but a list item never is, so a row the
 * editor just added stays on the page.
 */
export function readForm(entries: Iterable<[string, FormDataEntryValue]>, spec: FormSpec): FormRead {
  const errors: Record<string, string> = {};
  const raw = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    const root = name.split(".")[0]!;
    if (!spec.roots.includes(root) || name.split(".").some((part) => part === "" || part === "__proto__")) continue;
    raw.set(name, [...(raw.get(name) ?? []), value]);
  }

  const tree: Record<string, unknown> = {};
  // `object?` objects some of whose fields were posted: null when none of those fields had a value.
  const nullable = new Set<string>();
  for (const [path, values] of raw) {
    const parts = path.split(".");
    parts.slice(1).forEach((_, i) => {
      const ancestor = parts.slice(0, i + 1).join(".");
      if (kindOf(spec, ancestor) === "object?") nullable.add(ancestor);
      // A list row exists once any of its fields is posted, even when all of them are empty.
      if (INDEX.test(parts[i]!) && getPath(tree, ancestor) === undefined) setPath(tree, parts.slice(0, i + 1), {});
    });
    const kind = kindOf(spec, path);
    const last = values[values.length - 1]!.trim();
    let value: unknown;
    switch (kind) {
      case "boolean":
        value = last === "true";
        break;
      case "number":
      case "number?": {
        const n = Number(last.replace(",", "."));
        value = last === "" ? (kind === "number?" ? null : undefined) : Number.isFinite(n) ? n : last;
        break;
      }
      case "json":
        if (last === "") value = undefined;
        else
          try {
            value = JSON.parse(last);
          } catch {
            value = last;
            errors[path] = JSON_ERROR;
          }
        break;
      case "list":
        value = last.split(/[\s,]+/).filter(Boolean);
        if ((value as string[]).length === 0) value = undefined;
        break;
      case "lines":
        value = last
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean);
        if ((value as string[]).length === 0) value = undefined;
        break;
      case "multi":
        value = values.map((v) => v.trim()).filter(Boolean);
        break;
      default:
        value = last === "" ? undefined : values[values.length - 1]!.replace(/\r\n/g, "\n").trim();
    }
    if (value !== undefined) setPath(tree, parts, value);
  }
  for (const path of nullable) if (getPath(tree, path) === undefined) setPath(tree, path.split("."), null);
  for (const path of spec.keepEmpty ?? []) if (getPath(tree, path) === undefined) setPath(tree, path.split("."), {});
  return { value: prune(tree, "", spec) as Record<string, unknown>, errors };
}

function setPath(tree: Record<string, unknown>, parts: string[], value: unknown) {
  let node: Record<string, unknown> = tree;
  parts.slice(0, -1).forEach((part) => {
    if (!node[part] || typeof node[part] !== "object") node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts[parts.length - 1]!] = value;
}

/** Objects keyed 0..n become lists; empty objects go away (or become null / stay, as the spec says). */
function prune(node: unknown, path: string, spec: FormSpec): unknown {
  if (!node || typeof node !== "object" || Array.isArray(node)) return node;
  const entries = Object.entries(node as Record<string, unknown>);
  const isList = entries.length > 0 && entries.every(([k]) => INDEX.test(k));
  if (isList)
    return entries
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([k, v]) => {
        const item = prune(v, join(path, k), spec);
        return item === undefined ? {} : item;
      });
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    const child = join(path, k);
    const pruned = prune(v, child, spec);
    if (isEmptyObject(pruned) && !spec.keepEmpty?.includes(child)) {
      if (kindOf(spec, child) === "object?") out[k] = null;
    } else if (pruned !== undefined) out[k] = pruned;
  }
  return out;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The value at a path of a nested object (list indices as numbers or strings). */
export function getPath(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, part) => {
    if (node === null || node === undefined || typeof node !== "object") return undefined;
    return (node as Record<string, unknown>)[part];
  }, value);
}

/** What a field shows for the value at `path`: the inverse of `readForm` for one field. */
export function displayValue(spec: FormSpec, value: unknown, path: string): string {
  const v = getPath(value, path);
  if (v === undefined || v === null) return "";
  switch (kindOf(spec, path)) {
    case "json":
      return typeof v === "string" ? v : JSON.stringify(v, null, 2);
    case "list":
      return Array.isArray(v) ? v.join(", ") : String(v);
    case "lines":
      return Array.isArray(v) ? v.join("\n") : String(v);
    default:
      return typeof v === "object" ? JSON.stringify(v) : String(v);
  }
}

/** A path as an HTML id that `#` links reach: `requirements.0.name.es` → `requirements-0-name-es`. */
export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

export type ListIntent = { op: "add" | "remove" | "up" | "down"; list: string; index: number };

/**
 * A list button's value → the operation: `add:requirements`, `remove:requirements.3`, `up:fees.1`,
 * `down:steps.0`; null for anything else (save, submit, a forged value).
 */
export function parseListIntent(intent: string, lists: readonly string[]): ListIntent | null {
  const m = /^(add|remove|up|down):([a-zA-Z.]+?)(?:\.(\d+))?$/.exec(intent);
  if (!m || !lists.includes(m[2]!)) return null;
  if (m[1] === "add") return m[3] === undefined ? { op: "add", list: m[2]!, index: -1 } : null;
  if (m[3] === undefined) return null;
  return { op: m[1] as ListIntent["op"], list: m[2]!, index: Number(m[3]) };
}

/**
 * Applies a list operation to a copy of `value` and says which field should take focus next: the new row
 * (`focus` = its path, the caller picks the first field), the moved row, or the list itself after a removal.
 */
export function applyListIntent(
  value: Record<string, unknown>,
  intent: ListIntent,
): { value: Record<string, unknown>; focus: string } {
  const copy = structuredClone(value);
  const parts = intent.list.split(".");
  let parent: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    if (!parent[part] || typeof parent[part] !== "object") parent[part] = {};
    parent = parent[part] as Record<string, unknown>;
  }
  const key = parts[parts.length - 1]!;
  const list = Array.isArray(parent[key]) ? [...(parent[key] as unknown[])] : [];
  const { op, index } = intent;
  let focus = intent.list;
  if (op === "add") {
    list.push({});
    focus = `${intent.list}.${list.length - 1}`;
  } else if (index >= 0 && index < list.length) {
    if (op === "remove") list.splice(index, 1);
    const to = op === "up" ? index - 1 : op === "down" ? index + 1 : -1;
    if (to >= 0 && to < list.length) {
      [list[index], list[to]] = [list[to], list[index]];
      focus = `${intent.list}.${to}`;
    } else if (op !== "remove") focus = `${intent.list}.${index}`;
  }
  parent[key] = list;
  return { value: copy, focus };
}
