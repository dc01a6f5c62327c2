// ESLint for the whole project: Next's rules (core web vitals + TypeScript), the house layering as
// import zones, and the STYLE.md rules a machine can check. Prettier owns formatting (eslint-config-prettier
// switches off the rules that would fight it). `npm run lint` runs both; `npm test` runs `npm run lint` first.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import ventanilla from "./tests/lint/rules.mjs";

/** Layering (STYLE.md "The house"): lib/ is the bottom, components/ above it, app/ on top. */
const layers = {
  zones: [
    { target: "./lib", from: "./app", message: "lib/ never imports app/: move the shared piece into lib/." },
    {
      target: "./lib",
      from: "./components",
      message: "lib/ never imports components/: move the type or rule into lib/.",
    },
    {
      target: "./components",
      from: "./app",
      message: "components/ never imports app/: pass actions as props, types from lib/.",
    },
  ],
};

/** Prisma lives in lib/ only (pages, actions, components and the proxy call lib functions). */
const prismaOutsideLib = {
  patterns: [
    { group: ["@/lib/db", "**/lib/db"], message: "Only lib/ talks to the database: call a lib query or mutation." },
    {
      group: ["@/lib/generated/**", "**/lib/generated/**", "@prisma/client", "@prisma/client/*"],
      message: "Prisma stays inside lib/.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { ventanilla },
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: {
      "import/no-restricted-paths": ["error", layers],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression > MemberExpression[property.name='only'][object.name=/^(it|test|describe)$/]",
          message: "A focused test hides every other test: remove .only.",
        },
        {
          selector:
            "JSXAttribute[name.name='className'] :matches(Literal[value=/#[0-9a-fA-F]{3,8}\\b/], TemplateElement[value.raw=/#[0-9a-fA-F]{3,8}\\b/])",
          message: "Colours come from the theme in app/globals.css (text-error, bg-ok, …), not hex literals.",
        },
      ],
      "ventanilla/kebab-case-file-names": "error",
      "ventanilla/server-only-with-database": "error",
      "ventanilla/no-issue-tags": "error",
    },
  },
  {
    files: ["app/**", "components/**", "proxy.ts", "instrumentation.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: prismaOutsideLib.patterns,
          paths: [
            {
              name: "next/link",
              message: "Use Link from @/components/link (no background prefetching on slow, metered phones).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/link.tsx"],
    rules: { "no-restricted-imports": ["error", prismaOutsideLib] },
  },
  {
    // Test helpers named use… are not React hooks (Vitest fixtures such as useTestDatabase).
    files: ["tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // React-PDF elements are drawn into a PDF, not the DOM: the HTML accessibility rules do not apply
    // (the PDF's text is checked with pdftotext instead).
    files: ["lib/pdf/**"],
    rules: { "jsx-a11y/alt-text": "off" },
  },
  prettier,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".data/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
