import "server-only";
import {
  streamHistoricalRecords,
  streamMonthlyStatistics,
  getHistoryFingerprint,
  getStatisticsFingerprint,
} from "@/lib/statistics/queries";
import { suppressSmallCounts } from "@/lib/statistics/public";
import { CATALOGUE_FRESH_SECONDS } from "@/lib/cache/freshness";
import { DATASETS, historyDataset, monthlyStatisticsDataset, versionsDataset } from "./datasets";
import { getCatalogueVersion, getVersionsVersion, readCatalogueRows, readVersionRows, weakEtag } from "./queries";
import { toMonthlyDataRow } from "./statistics-rows";
import type { DataRow, DatasetDef, DatasetVersion } from "./types";

/** Where each file's rows and version come from. */
export type DatasetSource = {
  dataset: DatasetDef;
  version(): Promise<DatasetVersion>;
  rows(): AsyncGenerator<DataRow>;
  /** Shared-cache lifetime in seconds (lib/open-data/respond.ts's default when absent). */
  maxAge?: number;
};

async function* publicMonthlyRows(): AsyncGenerator<DataRow> {
  for await (const row of streamMonthlyStatistics()) yield toMonthlyDataRow(suppressSmallCounts(row));
}

async function* historyRows(): AsyncGenerator<DataRow> {
  for await (const r of streamHistoricalRecords()) {
    yield {
      month: r.month,
      state_code: r.stateCode,
      document_type: r.documentType,
      documents_issued: r.count,
      source: r.source,
      is_sample: r.isSample,
      import_id: r.importId,
    };
  }
}

export function datasetSource(dataset: DatasetDef): DatasetSource {
  if (dataset.name === monthlyStatisticsDataset.name) {
    return {
      dataset,
      // The statistics use the catalogue's slugs and holidays, so its version is part of theirs.
      version: async () => {
        const stats = await getStatisticsFingerprint();
        return { etag: weakEtag(dataset.name, stats.key), lastModified: stats.lastModified };
      },
      rows: publicMonthlyRows,
    };
  }
  if (dataset.name === historyDataset.name) {
    return {
      dataset,
      version: async () => {
        const history = await getHistoryFingerprint();
        return { etag: weakEtag(dataset.name, history.key), lastModified: history.lastModified };
      },
      rows: historyRows,
    };
  }
  if (dataset.name === versionsDataset.name) {
    return {
      dataset,
      version: async () => {
        const versions = await getVersionsVersion();
        return { etag: weakEtag(dataset.name, versions.etag), lastModified: versions.lastModified };
      },
      rows: readVersionRows,
      maxAge: CATALOGUE_FRESH_SECONDS,
    };
  }
  return {
    dataset,
    version: async () => {
      const catalogue = await getCatalogueVersion();
      return { etag: weakEtag(dataset.name, catalogue.etag), lastModified: catalogue.lastModified };
    },
    rows: () => readCatalogueRows(dataset),
    // The catalogue files follow a publication as fast as the pages do.
    maxAge: CATALOGUE_FRESH_SECONDS,
  };
}

/** Every file's version, newest first of them all for the package. */
export async function allVersions(): Promise<Map<string, DatasetVersion>> {
  const entries = await Promise.all(DATASETS.map(async (d) => [d.name, await datasetSource(d).version()] as const));
  return new Map(entries);
}
