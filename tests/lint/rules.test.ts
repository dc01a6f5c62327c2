import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `file` (relative to the project). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

// Each case is a line a contributor might write; the expected rule is written by hand from STYLE.md.
describe("the house rules are checked by ESLint", () => {
  it("lib/ may not import components/ or app/, components/ may not import app/", async () => {
    expect(
      await rulesFor(
        "lib/applications/example.ts",
        'import type { FieldProps } from "@/components/forms/field";\nexport type X = FieldProps;\n',
      ),
    ).toContain("import/no-restricted-paths");
    expect(
      await rulesFor(
        "lib/applications/example.ts",
        'import { saveStep } from "@/app/[locale]/(public)/tramites/[slug]/solicitud/actions";\nexport const x = saveStep;\n',
      ),
    ).toContain("import/no-restricted-paths");
    expect(
      await rulesFor(
        "components/example.tsx",
        'import { lookup } from "@/app/[locale]/(public)/seguimiento/actions";\nexport const x = lookup;\n',
      ),
    ).toContain("import/no-restricted-paths");
    expect(
      await rulesFor(
        "app/[locale]/example/page.tsx",
        'import { ErrorSummary } from "@/components/forms/error-summary";\nexport const x = ErrorSummary;\n',
      ),
    ).not.toContain("import/no-restricted-paths");
  });

  it("only lib/ imports the database client or Prisma", async () => {
    expect(
      await rulesFor("app/[locale]/example/page.tsx", 'import { getDb } from "@/lib/db";\nexport const x = getDb;\n'),
    ).toContain("no-restricted-imports");
    expect(
      await rulesFor(
        "components/example.tsx",
        'import { Prisma } from "@/lib/generated/prisma/client";\nexport const x = Prisma;\n',
      ),
    ).toContain("no-restricted-imports");
  });

  it("a lib module that reads the database starts with server-only", async () => {
    expect(
      await rulesFor("lib/example/queries.ts", 'import { getDb } from "@/lib/db";\nexport const x = getDb;\n'),
    ).toContain("ventanilla/server-only-with-database");
    expect(
      await rulesFor(
        "lib/example/queries.ts",
        'import "server-only";\nimport { getDb } from "@/lib/db";\nexport const x = getDb;\n',
      ),
    ).not.toContain("ventanilla/server-only-with-database");
  });

  it("file names are kebab-case, types are aliases, focused tests and issue tags are refused", async () => {
    expect(await rulesFor("lib/example/staffQueries.ts", "export const x = 1;\n")).toContain(
      "ventanilla/kebab-case-file-names",
    );
    expect(await rulesFor("lib/example/staff-queries.ts", "export const x = 1;\n")).not.toContain(
      "ventanilla/kebab-case-file-names",
    );
    expect(await rulesFor("lib/example/types.ts", "export interface X { a: string }\n")).toContain(
      "@typescript-eslint/consistent-type-definitions",
    );
    expect(
      await rulesFor("lib/example/x.test.ts", 'import { it } from "vitest";\nit.only("x", () => {});\n'),
    ).toContain("no-restricted-syntax");
    expect(await rulesFor("lib/example/x.ts", "// Added for the look-up (issue 4).\nexport const x = 1;\n")).toContain(
      "ventanilla/no-issue-tags",
    );
    expect(
      await rulesFor(
        "components/example.tsx",
        'export const X = () => <p className="font-bold text-[#d4351c]">x</p>;\n',
      ),
    ).toContain("no-restricted-syntax");
    expect(
      await rulesFor(
        "components/example.tsx",
        'export const X = ({ bad }: { bad: boolean }) => <p className={`font-bold ${bad ? "x" : ""} border-[#d4351c]`}>x</p>;\n',
      ),
    ).toContain("no-restricted-syntax");
    expect(
      await rulesFor("components/example.tsx", 'export const X = () => <p className="font-bold text-error">x</p>;\n'),
    ).not.toContain("no-restricted-syntax");
  });
});
