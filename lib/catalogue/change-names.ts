import "server-only";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import type { DescribeChangeOptions } from "./diff";

/**
 * The names a change sentence needs for what it refers to by slug or id (offices, procedures, categories,
 * official forms, authorities, sources), read from the catalogue in force.
 */
export async function loadChangeNames(): Promise<DescribeChangeOptions> {
  const [catalogue, offices] = await Promise.all([getCatalogue(), listOffices()]);
  const { rules } = catalogue.institution;
  return {
    names: {
      offices: Object.fromEntries(offices.map((o) => [o.slug, o.name])),
      procedures: Object.fromEntries(catalogue.procedures.map((p) => [p.slug, p.title])),
      categories: Object.fromEntries(catalogue.categories.map((c) => [c.slug, c.name])),
      forms: Object.fromEntries(rules.forms.map((f) => [f.id, f.name])),
      authorities: Object.fromEntries(rules.authorities.map((a) => [a.id, a.name])),
      sources: Object.fromEntries(Object.values(catalogue.sources).map((s) => [s.id, s.title])),
    },
  };
}
