import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const PROCEDURES_DIR = path.join(__dirname, "..", "..", "prisma", "catalogue", "procedures");

/** The slugs printed on QR posters: the procedures marked `"stable": true` in prisma/catalogue/procedures. */
export const STABLE_SLUGS: string[] = readdirSync(PROCEDURES_DIR)
  .filter((file) => file.endsWith(".json"))
  .map(
    (file) => JSON.parse(readFileSync(path.join(PROCEDURES_DIR, file), "utf8")) as { slug: string; stable?: boolean },
  )
  .filter((procedure) => procedure.stable === true)
  .map((procedure) => procedure.slug);

export const VIEWPORTS = [
  { name: "320px", width: 320, height: 640 },
  { name: "1280px", width: 1280, height: 900 },
] as const;

/** WCAG 2.x A and AA rules: zero violations allowed. Prints what failed, so a failure explains itself. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation React swaps the <title> a moment after the URL and heading change;
  // wait for the page to have one (a page that never gets a title still fails here, after the timeout).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(" | ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * WCAG 1.4.10 (reflow), which axe does not check: the page never scrolls sideways. Meaningful on a narrow
 * viewport (320 px); costs one evaluation, so journeys call it on every page they pass.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()} at ${page.viewportSize()?.width} px`).toBeLessThanOrEqual(0);
}
