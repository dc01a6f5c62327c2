/**
 * The Frictionless Data Package descriptor (datapackage.json): one resource per file with its Table
 * Schema, licence and last update. Resource paths are relative to the descriptor, so the same
 * descriptor works behind any host name.
 */
import { DATASETS } from "./datasets";
import { tableSchemaDescriptor } from "./table-schema";
import type { DatasetVersion } from "./types";

export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
};

export function buildDataPackage(versions: Map<string, DatasetVersion>) {
  const updated = [...versions.values()].map((v) => v.lastModified.getTime());
  return {
    profile: "data-package",
    name: "ventanilla-datos-abiertos",
    title: "Ventanilla: catálogo de trámites migratorios y estadísticas",
    title_en: "Ventanilla: migration procedures catalogue and statistics",
    description:
      'Catálogo de trámites (requisitos, cuotas, plazos) y estadísticas de solicitudes calculadas de la base de datos del portal, con la serie histórica importada de las publicaciones oficiales. Las cifras menores a 5 solicitudes se publican como "suppressed".',
    description_en:
      'Procedures catalogue (requirements, fees, deadlines) and application statistics computed from the portal\'s database, with the historical series imported from official publications. Figures below 5 applications are published as "suppressed".',
    homepage: "/es/datos",
    version: "1.0.0",
    licenses: [DATA_LICENSE],
    lastModified: new Date(Math.max(0, ...updated)).toISOString(),
    resources: DATASETS.map((dataset) => ({
      name: dataset.name,
      path: `${dataset.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      title: dataset.title.es,
      title_en: dataset.title.en,
      description: dataset.description.es,
      description_en: dataset.description.en,
      licenses: [DATA_LICENSE],
      lastModified: versions.get(dataset.name)?.lastModified.toISOString() ?? null,
      alternatives: [{ path: `${dataset.name}.json`, format: "json", mediatype: "application/json" }],
      schema: tableSchemaDescriptor(dataset),
    })),
  };
}
