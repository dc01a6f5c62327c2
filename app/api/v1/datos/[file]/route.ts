import { buildDataPackage } from "@/lib/open-data/datapackage";
import { errorStatus } from "@/lib/errors";
import { findDataset } from "@/lib/open-data/datasets";
import { weakEtag } from "@/lib/open-data/queries";
import { datasetResponse, streamedResponse, type DataFormat } from "@/lib/open-data/respond";
import { allVersions, datasetSource } from "@/lib/open-data/sources";

// Every request checks the data's version (cheap) and answers 304 or streams the file.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

// Plain text: next.config.ts labels every *.csv / *.json path under /api/v1/datos with that type.
const notFound = () =>
  new Response("No such open-data file: see /api/v1/datos/datapackage.json\n", { status: errorStatus.NOT_FOUND });

/** Open data: `datapackage.json` (dictionary of every file) and `{name}.csv` / `{name}.json`. */
export async function GET(request: Request, { params }: Context) {
  const { file } = await params;
  if (file === "datapackage.json") {
    const versions = await allVersions();
    const etag = weakEtag("datapackage", ...[...versions.values()].map((v) => v.etag));
    const lastModified = new Date(Math.max(0, ...[...versions.values()].map((v) => v.lastModified.getTime())));
    return streamedResponse({
      request,
      version: { etag, lastModified },
      contentType: "application/json; charset=utf-8",
      body: async function* () {
        yield `${JSON.stringify(buildDataPackage(versions), null, 2)}\n`;
      },
    });
  }
  const match = /^([a-z0-9-]+)\.(csv|json)$/.exec(file);
  const dataset = match ? findDataset(match[1]!) : undefined;
  if (!match || !dataset) return notFound();
  const source = datasetSource(dataset);
  return datasetResponse({
    request,
    dataset,
    format: match[2] as DataFormat,
    version: await source.version(),
    rows: source.rows,
    maxAge: source.maxAge,
  });
}
