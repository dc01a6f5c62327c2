// The project's own ESLint rules: the parts of STYLE.md that a generic rule set cannot check.
import path from "node:path";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** Next's file conventions and bracketed route segments keep their own names. */
const FRAMEWORK_NAMES = new Set(["next-env.d"]);

/** Files are kebab-case (STYLE.md "Names and comments"): `staff-queries.ts`, not `staffQueries.ts`. */
const kebabCaseFileNames = {
  meta: { type: "suggestion", schema: [], messages: { name: "File name '{{name}}' is not kebab-case." } },
  create(context) {
    const base = path.basename(context.filename).replace(/(\.(test|spec|d))?\.(c|m)?[jt]sx?$/, "");
    if (FRAMEWORK_NAMES.has(base) || KEBAB.test(base)) return {};
    return {
      Program(node) {
        context.report({ node, messageId: "name", data: { name: path.basename(context.filename) } });
      },
    };
  },
};

/**
 * A module that imports the database client starts with `import "server-only"` (STYLE.md "The house"),
 * so a client component that reaches it by accident fails the build instead of shipping the query.
 */
const serverOnlyWithDatabase = {
  meta: {
    type: "problem",
    schema: [],
    messages: { missing: 'This module imports the database: add import "server-only" first.' },
  },
  create(context) {
    const rel = path.relative(context.cwd, context.filename).split(path.sep).join("/");
    if (!rel.startsWith("lib/") || rel.endsWith(".test.ts")) return {};
    return {
      Program(node) {
        const imports = node.body.filter((s) => s.type === "ImportDeclaration").map((s) => s.source.value);
        const usesDb = imports.some(
          (source) => source === "@/lib/db" || (/(^|\/)db$/.test(source) && source.startsWith(".")),
        );
        if (usesDb && !imports.includes("server-only")) context.report({ node, messageId: "missing" });
      },
    };
  },
};

/** Process history belongs in git, not in code comments (aesthetics review §2.5). */
const noIssueTags = {
  meta: {
    type: "suggestion",
    schema: [],
    messages: { tag: "Comment names an issue number: say why instead; history lives in git." },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (/\(issues? \d+/i.test(comment.value)) context.report({ loc: comment.loc, messageId: "tag" });
        }
      },
    };
  },
};

const plugin = {
  meta: { name: "ventanilla" },
  rules: {
    "kebab-case-file-names": kebabCaseFileNames,
    "server-only-with-database": serverOnlyWithDatabase,
    "no-issue-tags": noIssueTags,
  },
};

export default plugin;
