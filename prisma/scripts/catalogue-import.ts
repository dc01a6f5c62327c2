/**
 * `npm run catalogue:import -- --as <staff email> [--dir DIR]`: turns the catalogue data files (prisma/catalogue,
 * or DIR) into submitted drafts under that staff account, for a publisher other than them to review and publish
 * in the back office (lib/catalogue/import-files.ts). Nothing is published. Exit code: 0 when every changed
 * file became a draft, 2 when some were refused, 1 when nothing could be read.
 */
import { parseArgs } from "node:util";
import { runCli } from "./lib/cli";
import { allowServerOnlyModules } from "./lib/server-only";

const USAGE = "Usage: npm run catalogue:import -- --as <staff e-mail> [--dir DIR]";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { as: { type: "string" }, dir: { type: "string" } } });
  if (!values.as) {
    console.error(USAGE);
    return 1;
  }
  const { resolveDatabase } = await import("./db");
  const database = await resolveDatabase({});
  process.env.DATABASE_URL = database.url;
  allowServerOnlyModules();
  const { importCatalogueFiles } = await import("../../lib/catalogue/import-files");
  const { getDb } = await import("../../lib/db");
  try {
    const { outcomes, notInFiles } = await importCatalogueFiles({ asEmail: values.as, dir: values.dir });
    for (const o of outcomes) {
      if (o.result === "draft") console.log(`draft #${o.draftId} submitted for review: ${o.file}`);
      if (o.result === "new-procedure")
        console.log(`new procedure draft #${o.draftId} submitted for review: ${o.file}`);
      if (o.result === "refused") console.log(`refused ${o.file}: ${o.reason}`);
    }
    const unchanged = outcomes.filter((o) => o.result === "unchanged").length;
    console.log(`${unchanged} file(s) unchanged; ${outcomes.length - unchanged} changed.`);
    for (const slug of notInFiles)
      console.log(`${slug}: published but not in the files (left as is; retire it in the back office if it should go)`);
    if (outcomes.some((o) => o.result !== "unchanged" && o.result !== "refused"))
      console.log("A publisher other than the importer reviews and publishes the drafts in /es/personal/catalogo.");
    return outcomes.some((o) => o.result === "refused") ? 2 : 0;
  } finally {
    await getDb().$disconnect();
    await database.stop();
  }
}

runCli(main);
