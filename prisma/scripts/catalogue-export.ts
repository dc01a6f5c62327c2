/**
 * `npm run catalogue:export [-- --out DIR]`: writes the published catalogue (each procedure's newest published
 * version, scheduled ones included) back to the data files in prisma/catalogue, or to DIR as a whole catalogue
 * directory (lib/catalogue/export-files.ts). Uses DATABASE_URL, or the embedded database when `npm start` is
 * not running.
 */
import { parseArgs } from "node:util";
import { exportCatalogueFiles } from "../../lib/catalogue/export-files";
import { runCli, withScriptDatabase } from "./lib/cli";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  return withScriptDatabase(async (db) => {
    const report = await exportCatalogueFiles(db, { outDir: values.out });
    for (const file of report.written) console.log(`wrote ${file}`);
    console.log(`${report.written.length} file(s) written, ${report.unchanged.length} unchanged, in ${report.dir}`);
    return 0;
  });
}

runCli(main);
