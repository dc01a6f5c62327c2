import "server-only";
import { createHash } from "node:crypto";
import type { CatalogueChange } from "@/lib/catalogue/diff";
import { changeNames, changeSentences } from "@/lib/catalogue/history";
import type { VersionSummary } from "@/lib/catalogue/versions";
import { getDb } from "@/lib/db";
import { centavosToPesos } from "@/lib/fees/format";
import { readOffices } from "@/lib/offices/read-offices";
import type { OfficeDTO } from "@/lib/offices/types";
import { readCatalogue } from "@/lib/procedures/read-catalogue";
import { describeConditionText } from "@/lib/procedures/describe-condition";
import { isFree } from "@/lib/fees/summary";
import type { CatalogueDTO } from "@/lib/procedures/types";
import {
  deadlinesDataset,
  feesDataset,
  formsDataset,
  officesDataset,
  proceduresDataset,
  requirementsDataset,
} from "./datasets";
import type { DataRow, DatasetDef, DatasetVersion } from "./types";

/** Bumped when the shape or the encoding of a file changes, so caches drop copies made by older code. */
export const OPEN_DATA_FORMAT_VERSION = 4;

export function weakEtag(...parts: (string | number)[]): string {
  return `W/"${createHash("sha256")
    .update([OPEN_DATA_FORMAT_VERSION, ...parts].join("|"))
    .digest("base64url")
    .slice(0, 27)}"`;
}

/**
 * The catalogue's version: the institution file's hash and the catalogue generation, which moves whenever a
 * published version goes live (lib/catalogue/live.ts). Its date is the latest of the institution row's and
 * of the versions in force (the generation is bumped in SQL, which does not touch updated_at).
 */
export async function getCatalogueVersion(now = new Date()): Promise<DatasetVersion> {
  const [row, versions] = await Promise.all([
    getDb().institution.findUnique({
      where: { id: 1 },
      select: { contentHash: true, catalogueGeneration: true, updatedAt: true },
    }),
    getDb().procedureVersion.aggregate({
      where: { effectiveAt: { lte: now } },
      _max: { effectiveAt: true, publishedAt: true },
    }),
  ]);
  if (!row) throw new Error("The catalogue is not loaded (no institution row): run the seed.");
  const dates = [row.updatedAt, versions._max.effectiveAt, versions._max.publishedAt].filter((d) => d !== null);
  return {
    etag: weakEtag("catalogue", row.contentHash, row.catalogueGeneration),
    lastModified: new Date(Math.max(...dates.map((d) => d.getTime()))),
  };
}

/** Every published version (scheduled ones included: they are public once published), as version rows. */
export async function getVersionsVersion(): Promise<DatasetVersion> {
  const [catalogue, versions] = await Promise.all([
    getCatalogueVersion(),
    getDb().procedureVersion.aggregate({ _max: { id: true, publishedAt: true }, _count: { id: true } }),
  ]);
  const published = versions._max.publishedAt;
  return {
    etag: weakEtag("versions", catalogue.etag, versions._max.id ?? 0, versions._count.id),
    lastModified: published && published > catalogue.lastModified ? published : catalogue.lastModified,
  };
}

/** One row per published version, oldest procedure slug first, then by number (lib/open-data/datasets.ts versionsDataset). */
export async function* readVersionRows(): AsyncGenerator<DataRow> {
  const db = getDb();
  const [catalogue, offices, rows] = await Promise.all([
    readCatalogue(db),
    readOffices(db),
    db.procedureVersion.findMany({
      orderBy: [{ procedure: { slug: "asc" } }, { number: "asc" }],
      select: {
        number: true,
        publishedAt: true,
        effectiveAt: true,
        origin: true,
        note: true,
        changes: true,
        procedure: { select: { slug: true } },
      },
    }),
  ]);
  const names = changeNames(catalogue, offices);
  for (const r of rows) {
    const version = {
      number: r.number,
      origin: r.origin as VersionSummary["origin"],
      changes: r.changes as CatalogueChange[],
    };
    yield {
      procedure_slug: r.procedure.slug,
      version: r.number,
      published_at: r.publishedAt.toISOString(),
      effective_at: r.effectiveAt.toISOString(),
      origin: r.origin,
      note: r.note.trim() || null,
      changes: version.changes.length,
      summary_es: changeSentences(version, "es", names).join(" ") || null,
      summary_en: changeSentences(version, "en", names).join(" ") || null,
    };
  }
}

const joinIds = (ids: string[]) => (ids.length ? ids.join(";") : null);

function officeRows(offices: OfficeDTO[]): DataRow[] {
  return offices.map((o) => ({
    slug: o.slug,
    state_code: o.stateCode,
    state_name: o.stateName,
    name_es: o.name.es,
    name_en: o.name.en,
    city: o.city || null,
    address: o.address,
    postal_code: o.postalCode,
    phone: o.phone,
    hours_es: o.hours.es || null,
    hours_en: o.hours.en || null,
    latitude: o.location?.latitude ?? null,
    longitude: o.location?.longitude ?? null,
    procedure_slugs: joinIds(o.procedureSlugs),
    to_verify: o.verify,
    verify_note_es: o.verifyNote?.es ?? null,
    verify_note_en: o.verifyNote?.en ?? null,
    source_ids: joinIds(o.sourceIds),
  }));
}

function catalogueRows(dataset: DatasetDef, catalogue: CatalogueDTO): DataRow[] {
  const { procedures, institution } = catalogue;
  switch (dataset.name) {
    case proceduresDataset.name:
      return procedures.map((p) => ({
        slug: p.slug,
        category: p.categorySlug,
        title_es: p.title.es,
        title_en: p.title.en,
        summary_es: p.summary.es,
        summary_en: p.summary.en,
        conamer_code: p.codes.conamer,
        gob_mx_code: p.codes.gobMx,
        is_free: isFree(p.fees),
        last_reviewed: p.lastReviewed,
        page_es: `/es/tramites/${p.slug}`,
        page_en: `/en/tramites/${p.slug}`,
        forms: joinIds(p.forms.map((f) => f.form)),
        routes: joinIds(p.routes.map((r) => r.id)),
      }));
    case requirementsDataset.name:
      return procedures.flatMap((p) =>
        p.requirements.map((r, i) => ({
          procedure_slug: p.slug,
          number: i + 1,
          name_es: r.name.es,
          name_en: r.name.en,
          detail_es: r.detail?.es ?? null,
          detail_en: r.detail?.en ?? null,
          presentation: r.presentation,
          condition_es: r.condition?.es ?? null,
          condition_en: r.condition?.en ?? null,
          to_verify: r.verify,
          source_ids: joinIds(r.sourceIds),
          condition_json: r.appliesWhen ? JSON.stringify(r.appliesWhen) : null,
        })),
      );
    case feesDataset.name:
      return procedures.flatMap((p) =>
        p.fees.map((f) => {
          const words = f.appliesWhen
            ? describeConditionText(f.appliesWhen, {
                routes: p.routes,
                nationalityGroups: institution.rules?.nationalityGroups,
              })
            : null;
          return {
            procedure_slug: p.slug,
            position: f.position,
            payment: f.payment,
            concept_es: f.concept.es,
            concept_en: f.concept.en,
            variant_es: f.variant?.es ?? null,
            variant_en: f.variant?.en ?? null,
            // v1: `amount` is in the institution's currency; a fee charged in another one is in charged_amount.
            amount:
              f.amountCentavos === null || f.currency !== institution.currency
                ? null
                : centavosToPesos(f.amountCentavos),
            currency: institution.currency,
            year: f.year,
            legal_basis: f.legalBasis || null,
            exemptions_es: f.exemptions?.es ?? null,
            exemptions_en: f.exemptions?.en ?? null,
            to_verify: f.verify,
            source_ids: joinIds(f.sourceIds),
            charged_amount: f.amountCentavos === null ? null : centavosToPesos(f.amountCentavos),
            charged_currency: f.currency,
            index_unit: f.indexRange?.unit ?? null,
            index_min: f.indexRange?.min ?? null,
            index_max: f.indexRange?.max ?? null,
            due: f.due,
            condition_es: words?.es ?? null,
            condition_en: words?.en ?? null,
            condition_json: f.appliesWhen ? JSON.stringify(f.appliesWhen) : null,
            discounts_json: f.discounts.length ? JSON.stringify(f.discounts) : null,
            legal_refs_json: JSON.stringify(f.legalRefs),
          };
        }),
      );
    case deadlinesDataset.name:
      return procedures.map((p) => ({
        procedure_slug: p.slug,
        resolution_days: p.deadline.resolution?.days ?? null,
        resolution_unit: p.deadline.resolution?.unit ?? null,
        silence_rule: p.deadline.silence,
        applicant_deadline_days: p.deadline.applicantDeadline?.days ?? null,
        applicant_deadline_unit: p.deadline.applicantDeadline?.unit ?? null,
        legal_basis: p.deadline.legalBasis || null,
        to_verify: p.deadline.verify,
        source_ids: joinIds(p.deadline.sourceIds),
        resolution_anchor: p.deadline.resolution?.anchor ?? null,
        resolution_authority: p.deadline.resolution?.authority ?? null,
        applicant_deadline_anchor: p.deadline.applicantDeadline?.anchor ?? null,
        applicant_deadline_direction: p.deadline.applicantDeadline?.direction ?? null,
        more_deadlines_json: p.deadline.more.length ? JSON.stringify(p.deadline.more) : null,
      }));
    case formsDataset.name:
      return procedures.flatMap((p) =>
        p.forms.map((use, i) => {
          const form = institution.rules?.forms.find((f) => f.id === use.form);
          const words = use.appliesWhen
            ? describeConditionText(use.appliesWhen, {
                routes: p.routes,
                nationalityGroups: institution.rules?.nationalityGroups,
              })
            : null;
          return {
            procedure_slug: p.slug,
            position: i + 1,
            form: use.form,
            form_name_es: form?.name.es ?? use.form,
            form_name_en: form?.name.en ?? use.form,
            form_url: form?.url ?? null,
            layout: form?.layout ?? null,
            selection_es: use.selection?.es ?? null,
            selection_en: use.selection?.en ?? null,
            condition_es: words?.es ?? null,
            condition_en: words?.en ?? null,
            condition_json: use.appliesWhen ? JSON.stringify(use.appliesWhen) : null,
            signed_by_es: form?.signedBy?.es ?? null,
            signed_by_en: form?.signedBy?.en ?? null,
            to_verify: use.verify === true,
            source_ids: joinIds([...new Set([...(use.sources ?? []), ...(form?.sources ?? [])])]),
          };
        }),
      );
    default:
      throw new Error(`${dataset.name} is not a catalogue file`);
  }
}

/** Rows of a catalogue file, read fresh from the database (tens to hundreds of rows). */
export async function* readCatalogueRows(dataset: DatasetDef): AsyncGenerator<DataRow> {
  if (dataset.name === officesDataset.name) {
    yield* officeRows(await readOffices(getDb()));
    return;
  }
  const catalogue = await readCatalogue(getDb());
  yield* catalogueRows(dataset, catalogue);
}
