/**
 * A condition of the catalogue in words, for the blank checklist, the payment sheet and the open data:
 * { field: "age", op: "lt", value: 18 } → "Solo si tiene menos de 18 años." / "Only if you are under 18."
 */
import { COUNTRY } from "@/lib/country";
import { countryName } from "@/lib/geo/countries";
import type { Locale } from "@/lib/i18n/config";
import type { LocalizedText } from "@/lib/i18n/localize";
import type {
  Comparison,
  Condition,
  DocumentOrigin,
  ImmigrationStatus,
  Relationship,
  SponsorStatus,
} from "./conditions";

const country = COUNTRY.name;
const nationality = COUNTRY.nationality;

/** Labels of the closed fact values, per language (es and en complete); the country and its nationals are data. */
export const FACT_VALUE_LABELS: {
  relationship: Record<Relationship, LocalizedText>;
  sponsorStatus: Record<SponsorStatus, LocalizedText>;
  currentStatus: Record<ImmigrationStatus, LocalizedText>;
  documentIssued: Record<DocumentOrigin, LocalizedText>;
} = {
  relationship: {
    spouse: { es: "cónyuge", en: "spouse" },
    common_law_partner: { es: "concubina o concubinario", en: "common-law partner" },
    parent: { es: "madre o padre", en: "mother or father" },
    child: { es: "hija o hijo", en: "daughter or son" },
    sibling: { es: "hermana o hermano", en: "sister or brother" },
    grandchild: { es: "nieta o nieto", en: "granddaughter or grandson" },
    legal_guardian: { es: "tutora, tutor o representante legal", en: "guardian or legal representative" },
    none: { es: "sin vínculo familiar", en: "no family tie" },
  },
  sponsorStatus: {
    national_by_birth: { es: `${nationality.es} por nacimiento`, en: `a ${nationality.en} citizen by birth` },
    national: { es: nationality.es, en: `a ${nationality.en} citizen` },
    permanent_resident: { es: "residente permanente", en: "a permanent resident" },
    temporary_resident: { es: "residente temporal", en: "a temporary resident" },
    employer: { es: "empleadora", en: "an employer" },
    none: { es: "sin persona o empresa que le respalde", en: "no sponsor" },
  },
  currentStatus: {
    none_abroad: {
      es: `en el extranjero, sin condición de estancia en ${country.es}`,
      en: `abroad, with no status in ${country.en}`,
    },
    irregular: {
      es: `en ${country.es} sin documento migratorio vigente`,
      en: `in ${country.en} without a valid immigration document`,
    },
    visitor: { es: "visitante", en: "visitor" },
    humanitarian_visitor: { es: "visitante por razones humanitarias", en: "humanitarian visitor" },
    regional_visitor: { es: "visitante regional", en: "regional visitor" },
    border_worker: { es: "visitante trabajador fronterizo", en: "border worker visitor" },
    temporary_resident: { es: "residente temporal", en: "temporary resident" },
    temporary_resident_student: { es: "residente temporal estudiante", en: "temporary resident student" },
    permanent_resident: { es: "residente permanente", en: "permanent resident" },
    recognised_refugee: {
      es: "persona refugiada reconocida o con protección complementaria",
      en: "recognised refugee or beneficiary of complementary protection",
    },
  },
  documentIssued: {
    domestic: { es: `expedido en ${country.es}`, en: `issued in ${country.en}` },
    abroad: { es: "expedido en el extranjero", en: "issued abroad" },
  },
};

/** What the describer needs to name routes and nationality groups (both are data, not code). */
export type DescribeContext = {
  routes?: { id: string; name: LocalizedText }[];
  nationalityGroups?: Record<string, { name: LocalizedText }>;
};

function list(items: string[], locale: Locale, word: "or" | "and"): string {
  return new Intl.ListFormat(locale, { type: word === "or" ? "disjunction" : "conjunction" }).format(items);
}

function comparison(c: Comparison, locale: Locale, ctx: DescribeContext): string {
  const es = locale === "es";
  switch (c.field) {
    case "age": {
      const n = c.value;
      const text = {
        lt: es ? `tiene menos de ${n} años` : `you are under ${n}`,
        lte: es ? `tiene ${n} años o menos` : `you are ${n} or younger`,
        gt: es ? `tiene más de ${n} años` : `you are over ${n}`,
        gte: es ? `tiene ${n} años o más` : `you are ${n} or older`,
        eq: es ? `tiene ${n} años` : `you are ${n}`,
      };
      return text[c.op];
    }
    case "nationality": {
      if (c.op === "inGroup") {
        const group = ctx.nationalityGroups?.[c.value]?.name;
        const name = group ? (group[locale] ?? group.es) : c.value;
        return es ? `su nacionalidad es de ${name}` : `your nationality is one of ${name}`;
      }
      const names = c.value.map((code) => countryName(code, locale));
      return es
        ? `su nacionalidad es de ${list(names, locale, "or")}`
        : `you are a national of ${list(names, locale, "or")}`;
    }
    case "route": {
      const names = c.value.map((id) => {
        const route = ctx.routes?.find((r) => r.id === id)?.name;
        return route ? `«${route[locale] ?? route.es}»` : id;
      });
      return es ? `solicita por la vía ${list(names, locale, "or")}` : `you apply through ${list(names, locale, "or")}`;
    }
    case "relationship": {
      const names = c.value.map((v) => FACT_VALUE_LABELS.relationship[v][locale]);
      return es
        ? `es ${list(names, locale, "or")} de la persona que le respalda`
        : `you are the ${list(names, locale, "or")} of your sponsor`;
    }
    case "sponsorStatus": {
      const names = c.value.map((v) => FACT_VALUE_LABELS.sponsorStatus[v][locale]);
      return es
        ? `la persona que le respalda es ${list(names, locale, "or")}`
        : `your sponsor is ${list(names, locale, "or")}`;
    }
    case "currentStatus": {
      const names = c.value.map((v) => FACT_VALUE_LABELS.currentStatus[v][locale]);
      return es ? `hoy es ${list(names, locale, "or")}` : `you are currently ${list(names, locale, "or")}`;
    }
    case "documentIssued": {
      const names = c.value.map((v) => FACT_VALUE_LABELS.documentIssued[v][locale]);
      return es ? `el documento fue ${list(names, locale, "or")}` : `the document was ${list(names, locale, "or")}`;
    }
  }
}

function clause(c: Condition, locale: Locale, ctx: DescribeContext, nested: boolean): string {
  const es = locale === "es";
  if ("all" in c) {
    const text = list(
      c.all.map((x) => clause(x, locale, ctx, true)),
      locale,
      "and",
    );
    return nested && c.all.length > 1 ? `(${text})` : text;
  }
  if ("any" in c) {
    const text = list(
      c.any.map((x) => clause(x, locale, ctx, true)),
      locale,
      "or",
    );
    return nested && c.any.length > 1 ? `(${text})` : text;
  }
  if ("not" in c)
    return es
      ? `no se cumple que ${clause(c.not, locale, ctx, true)}`
      : `it is not the case that ${clause(c.not, locale, ctx, true)}`;
  return comparison(c, locale, ctx);
}

/** "Solo si …." / "Only if …." — one sentence in the person's language. */
export function describeCondition(condition: Condition, locale: Locale, ctx: DescribeContext = {}): string {
  return `${locale === "es" ? "Solo si" : "Only if"} ${clause(condition, locale, ctx, false)}.`;
}

/** The same sentence in every language of the data, for the open-data files. */
export function describeConditionText(condition: Condition, ctx: DescribeContext = {}): LocalizedText {
  return { es: describeCondition(condition, "es", ctx), en: describeCondition(condition, "en", ctx) };
}

/**
 * The words shown with an item: its evaluated condition said in words, or else the editor's words for a
 * condition the portal cannot evaluate; null when it always applies.
 */
export function conditionWords(
  appliesWhen: Condition | null | undefined,
  words: LocalizedText | null | undefined,
  ctx: DescribeContext,
): LocalizedText | null {
  if (appliesWhen) return describeConditionText(appliesWhen, ctx);
  return words ?? null;
}
