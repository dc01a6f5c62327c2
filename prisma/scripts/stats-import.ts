/**
 * `npm run stats:import -- <file.csv> --source "<who published it>" [--source-url URL] [--sample] [--rejected out.csv]`
 *
 * Imports a monthly statistics file (documents issued by month, state and type; see
 * lib/statistics/historical-parse.ts for the columns it reads) into its own tables. Valid lines are
 * imported in one transaction; every rejected line is listed with its line number and reason (and
 * written to --rejected as CSV when given). Exit code: 0 all lines imported, 2 imported with rejected
 * lines, 1 nothing imported. Uses DATABASE_URL, or the embedded database when `npm start` is not running.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DomainError } from "../../lib/errors";
import { csvRow } from "../../lib/open-data/csv";
import type { RejectedLine } from "../../lib/statistics/historical-parse";
import { importHistoricalFile } from "../../lib/statistics/import-historical";
import { runCli, withScriptDatabase } from "./lib/cli";

const USAGE =
  'Usage: npm run stats:import -- <file.csv> --source "<publisher and publication>" [--source-url URL] [--sample] [--rejected rejected.csv]';

function printRejected(rejected: RejectedLine[], out?: string) {
  if (rejected.length === 0) return;
  console.log(`\nRejected lines (${rejected.length}):`);
  for (const r of rejected.slice(0, 50)) console.log(`  line ${r.line}: ${r.reason}\n      ${r.text}`);
  if (rejected.length > 50)
    console.log(`  … and ${rejected.length - 50} more${out ? "" : " (use --rejected file.csv to get them all)"}`);
  if (out) {
    writeFileSync(
      out,
      csvRow(["line", "reason", "text"]) + rejected.map((r) => csvRow([r.line, r.reason, r.text])).join(""),
    );
    console.log(`All rejected lines written to ${out}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: "string" },
      "source-url": { type: "string" },
      sample: { type: "boolean" },
      rejected: { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || !values.source) {
    console.error(USAGE);
    return 1;
  }
  const bytes = readFileSync(file);
  const source = values.source;
  return withScriptDatabase(async (db) => {
    try {
      const report = await importHistoricalFile(db, {
        bytes,
        fileName: file,
        source,
        sourceUrl: values["source-url"] ?? null,
        isSample: values.sample,
      });
      console.log(
        `Imported ${report.accepted} line(s) from ${file} as import #${report.importId} (${report.months.first} to ${report.months.last}, ${report.encoding})` +
          (report.isSample ? " — stored as SAMPLE data, shown as such, never as official figures." : "."),
      );
      printRejected(report.rejected, values.rejected);
      return report.rejected.length ? 2 : 0;
    } catch (error) {
      if (error instanceof DomainError && Array.isArray(error.cause))
        printRejected(error.cause as RejectedLine[], values.rejected);
      throw error;
    }
  });
}

runCli(main);
