/**
 * The open-data files and their dictionaries. Field names are a public contract within v1: add fields
 * at the end, never rename or remove one. Every title and description is in es and en.
 */
import { AUTHORITY } from "@/lib/authority";
import { COUNTRY } from "@/lib/country";
import type { LocalizedText } from "@/lib/i18n/localize";
import { MIN_PUBLISHED_COUNT, SUPPRESSED, TARGET_PERCENT } from "@/lib/statistics/policy";
import type { DatasetDef, FieldDef, FieldType } from "./types";

const t = (es: string, en: string): LocalizedText => ({ es, en });

function field(
  name: string,
  type: FieldType,
  title: LocalizedText,
  description: LocalizedText,
  extra: Omit<Partial<FieldDef>, "name" | "type" | "title" | "description"> = {},
): FieldDef {
  return { name, type, title, description, ...extra };
}

const required = { required: true } as const;
const APPLICATIONS = t("solicitudes", "applications");
const DAYS = t("días", "days");
const DAY_UNITS = ["business", "calendar"];

const procedureSlug = field(
  "procedure_slug",
  "string",
  t("Trámite", "Procedure"),
  t(
    "Clave estable del trámite (slug), igual que en tramites.csv.",
    "Stable key of the procedure (slug), as in tramites.csv.",
  ),
  { constraints: required },
);
const toVerify = field(
  "to_verify",
  "boolean",
  t("Por verificar", "To verify"),
  t(
    "true cuando el dato no se ha confirmado en una fuente primaria.",
    "true when the value has not been confirmed in a primary source.",
  ),
  { constraints: required },
);
const sourceIds = field(
  "source_ids",
  "string",
  t("Fuentes", "Sources"),
  t(
    "Claves de las fuentes citadas, separadas por punto y coma (ver /api/v1/tramites/{slug}).",
    "Keys of the cited sources, separated by semicolons (see /api/v1/tramites/{slug}).",
  ),
);
const bilingual = (
  name: string,
  title: LocalizedText,
  description: LocalizedText,
  options: { required?: boolean } = {},
): FieldDef[] => [
  field(
    `${name}_es`,
    "string",
    t(`${title.es} (español)`, `${title.en} (Spanish)`),
    description,
    options.required ? { constraints: required } : {},
  ),
  field(`${name}_en`, "string", t(`${title.es} (inglés)`, `${title.en} (English)`), description),
];
const byProcedure = [{ fields: ["procedure_slug"], reference: { resource: "tramites", fields: ["slug"] } }];

export const proceduresDataset: DatasetDef = {
  name: "tramites",
  group: "catalogue",
  title: t("Trámites", "Procedures"),
  description: t("Catálogo de trámites migratorios: uno por fila.", "Catalogue of migration procedures: one per row."),
  missingValues: [""],
  primaryKey: ["slug"],
  fields: [
    field(
      "slug",
      "string",
      t("Clave", "Key"),
      t(
        "Clave estable del trámite; forma parte de su dirección y no cambia.",
        "Stable key of the procedure; part of its address, never changes.",
      ),
      { constraints: { required: true, unique: true } },
    ),
    field("category", "string", t("Tema", "Topic"), t("Clave del tema al que pertenece.", "Key of its topic."), {
      constraints: required,
    }),
    ...bilingual("title", t("Nombre", "Name"), t("Nombre del trámite.", "Name of the procedure."), { required: true }),
    ...bilingual(
      "summary",
      t("Resumen", "Summary"),
      t("Qué se obtiene con el trámite, en una frase.", "What the procedure gives, in one sentence."),
    ),
    field(
      "conamer_code",
      "string",
      t("Homoclave CONAMER", "CONAMER code"),
      t(
        "Clave del trámite en el Registro Federal de Trámites y Servicios, si se conoce.",
        "Code in the federal register of procedures, when known.",
      ),
    ),
    field(
      "gob_mx_code",
      "string",
      t("Clave gob.mx", "gob.mx code"),
      t("Clave del trámite en gob.mx, si se conoce.", "Code of the procedure on gob.mx, when known."),
    ),
    field(
      "is_free",
      "boolean",
      t("Gratuito", "Free"),
      t("true cuando ningún pago aplica.", "true when no payment applies."),
      { constraints: required },
    ),
    field(
      "last_reviewed",
      "date",
      t("Última revisión", "Last reviewed"),
      t("Fecha en que se revisó el contenido contra sus fuentes.", "Date the content was checked against its sources."),
      { constraints: required },
    ),
    field(
      "page_es",
      "string",
      t("Página (español)", "Page (Spanish)"),
      t("Ruta de la ficha del trámite en el portal.", "Path of the procedure page on the portal."),
    ),
    field(
      "page_en",
      "string",
      t("Página (inglés)", "Page (English)"),
      t("Ruta de la ficha del trámite en el portal.", "Path of the procedure page on the portal."),
    ),
    field(
      "forms",
      "string",
      t("Formatos oficiales", "Official forms"),
      t(
        "Claves de los formatos que usa el trámite, separadas por punto y coma (institution.json rules.forms).",
        "Keys of the forms the procedure uses, separated by semicolons (institution.json rules.forms).",
      ),
    ),
    field(
      "routes",
      "string",
      t("Vías", "Routes"),
      t(
        "Claves de las vías (modalidades) del trámite, separadas por punto y coma.",
        "Keys of the procedure's routes (modalities), separated by semicolons.",
      ),
    ),
  ],
};

export const requirementsDataset: DatasetDef = {
  name: "requisitos",
  group: "catalogue",
  title: t("Requisitos", "Requirements"),
  description: t(
    "Documentos que pide cada trámite, en el orden de la ficha.",
    "Documents each procedure requires, in the order of its page.",
  ),
  missingValues: [""],
  primaryKey: ["procedure_slug", "number"],
  foreignKeys: byProcedure,
  fields: [
    procedureSlug,
    field(
      "number",
      "integer",
      t("Número", "Number"),
      t("Posición del requisito en la lista, desde 1.", "Position of the requirement in the list, from 1."),
      { constraints: { required: true, minimum: 1 } },
    ),
    ...bilingual(
      "name",
      t("Requisito", "Requirement"),
      t("Nombre del documento o requisito.", "Name of the document or requirement."),
      { required: true },
    ),
    ...bilingual(
      "detail",
      t("Detalle", "Detail"),
      t("Aclaraciones sobre el requisito.", "Clarifications about the requirement."),
    ),
    field(
      "presentation",
      "string",
      t("Presentación", "Presentation"),
      t(
        "original, copy (copia), original_and_copy (original y copia) u online (en línea).",
        "original, copy, original_and_copy or online.",
      ),
      { constraints: { required: true, enum: ["original", "copy", "original_and_copy", "online"] } },
    ),
    ...bilingual(
      "condition",
      t("Condición", "Condition"),
      t("Cuándo aplica; vacío si aplica siempre.", "When it applies; empty when it always does."),
    ),
    toVerify,
    sourceIds,
    field(
      "condition_json",
      "string",
      t("Condición (JSON)", "Condition (JSON)"),
      t(
        "Condición en el lenguaje de condiciones del catálogo (JSON: all/any/not sobre comparaciones de datos de la persona; ver README). Vacío = siempre.",
        "Condition in the catalogue's condition language (JSON: all/any/not over comparisons of facts about the person; see README). Empty = always.",
      ),
    ),
  ],
};

export const feesDataset: DatasetDef = {
  name: "cuotas",
  group: "catalogue",
  title: t("Cuotas", "Fees"),
  description: t(
    "Derechos que se pagan por cada trámite (Ley Federal de Derechos).",
    "Duties paid for each procedure (Federal Duties Act).",
  ),
  missingValues: [""],
  primaryKey: ["procedure_slug", "position"],
  foreignKeys: byProcedure,
  fields: [
    procedureSlug,
    field(
      "position",
      "integer",
      t("Posición", "Position"),
      t("Orden de la cuota en la ficha, desde 0.", "Order of the fee on the page, from 0."),
      { constraints: { required: true, minimum: 0 } },
    ),
    field(
      "payment",
      "integer",
      t("Pago", "Payment"),
      t(
        "Número de pago (1, 2…) cuando el trámite se paga en varios momentos.",
        "Payment number (1, 2…) when the procedure is paid in several steps.",
      ),
      { constraints: { required: true, minimum: 1 } },
    ),
    ...bilingual("concept", t("Concepto", "Concept"), t("Qué se paga.", "What is paid."), { required: true }),
    ...bilingual(
      "variant",
      t("Variante", "Variant"),
      t(
        "Caso al que aplica el monto (p. ej. años de vigencia).",
        "Case the amount applies to (e.g. years of validity).",
      ),
    ),
    field(
      "amount",
      "number",
      t("Monto", "Amount"),
      t(
        `Monto en la moneda de la institución (${AUTHORITY.currency}); vacío cuando ninguna fuente lo da o cuando se cobra en otra moneda (ver charged_amount).`,
        `Amount in the institution's currency (${AUTHORITY.currency}); empty when no source gives it or when it is charged in another currency (see charged_amount).`,
      ),
      { unit: t(AUTHORITY.currency, AUTHORITY.currency), constraints: { minimum: 0 } },
    ),
    field("currency", "string", t("Moneda", "Currency"), t("Código ISO 4217.", "ISO 4217 code."), {
      constraints: required,
    }),
    field("year", "integer", t("Año", "Year"), t("Año fiscal del monto.", "Fiscal year of the amount."), {
      constraints: required,
    }),
    field(
      "legal_basis",
      "string",
      t("Fundamento", "Legal basis"),
      t("Artículo de la ley que fija el monto.", "Article of the law that sets the amount."),
    ),
    ...bilingual("exemptions", t("Exenciones", "Exemptions"), t("Quién no paga.", "Who does not pay.")),
    toVerify,
    sourceIds,
    field(
      "charged_amount",
      "number",
      t("Monto en su moneda", "Amount in its currency"),
      t(
        "Monto fijo en la moneda en que se cobra (charged_currency); vacío si no hay monto fijo.",
        "Fixed amount in the currency it is charged in (charged_currency); empty when there is no fixed amount.",
      ),
      { constraints: { minimum: 0 } },
    ),
    field(
      "charged_currency",
      "string",
      t("Moneda del cobro", "Charged currency"),
      t(
        "Código ISO 4217 de la moneda del cobro (USD para derechos pagados en un consulado).",
        "ISO 4217 code of the currency charged (USD for fees paid at a consulate).",
      ),
      { constraints: required },
    ),
    field(
      "index_unit",
      "string",
      t("Unidad de referencia", "Index unit"),
      t("Unidad en que la ley fija un rango (UMA).", "Unit in which the law sets a range (UMA)."),
    ),
    field(
      "index_min",
      "number",
      t("Mínimo en la unidad", "Minimum in the unit"),
      t("Mínimo del rango, en días de la unidad.", "Minimum of the range, in days of the unit."),
    ),
    field(
      "index_max",
      "number",
      t("Máximo en la unidad", "Maximum in the unit"),
      t("Máximo del rango, en días de la unidad.", "Maximum of the range, in days of the unit."),
    ),
    field(
      "due",
      "string",
      t("Cuándo se paga", "When it is paid"),
      t(
        "before_filing, after_approval, at_consulate o when_fined.",
        "before_filing, after_approval, at_consulate or when_fined.",
      ),
      { constraints: { enum: ["before_filing", "after_approval", "at_consulate", "when_fined"] } },
    ),
    ...bilingual(
      "condition",
      t("A quién se cobra", "Who pays it"),
      t(
        "La condición en palabras; vacío = a todas las personas del trámite.",
        "The condition in words; empty = everyone on the procedure.",
      ),
    ),
    field(
      "condition_json",
      "string",
      t("Condición (JSON)", "Condition (JSON)"),
      t(
        "Condición en el lenguaje de condiciones del catálogo (JSON: all/any/not sobre comparaciones de datos de la persona; ver README). Vacío = siempre.",
        "Condition in the catalogue's condition language (JSON: all/any/not over comparisons of facts about the person; see README). Empty = always.",
      ),
    ),
    field(
      "discounts_json",
      "string",
      t("Descuentos y exenciones (JSON)", "Discounts and exemptions (JSON)"),
      t(
        "Lista JSON: percent (100 = exención), appliesWhen, legalBasis, verify.",
        "JSON list: percent (100 = exemption), appliesWhen, legalBasis, verify.",
      ),
    ),
    field(
      "legal_refs_json",
      "string",
      t("Fundamento estructurado (JSON)", "Structured legal basis (JSON)"),
      t(
        "Lista JSON de citas: instrument, article, fraction, inciso, paragraph, dof.",
        "JSON list of citations: instrument, article, fraction, inciso, paragraph, dof.",
      ),
    ),
  ],
};

export const deadlinesDataset: DatasetDef = {
  name: "plazos",
  group: "catalogue",
  title: t("Plazos", "Deadlines"),
  description: t(
    "Plazo legal de respuesta de cada trámite y qué ocurre si la autoridad no responde.",
    "Legal response deadline of each procedure and what happens when the authority does not answer.",
  ),
  missingValues: [""],
  primaryKey: ["procedure_slug"],
  foreignKeys: byProcedure,
  fields: [
    procedureSlug,
    field(
      "resolution_days",
      "integer",
      t("Plazo de resolución", "Resolution deadline"),
      t(
        "Días que la autoridad tiene para resolver, contados desde el día siguiente a la recepción del expediente completo.",
        "Days the authority has to resolve, counted from the day after it receives the complete filing.",
      ),
      { unit: DAYS, constraints: { minimum: 1 } },
    ),
    field(
      "resolution_unit",
      "string",
      t("Tipo de días", "Day type"),
      t("business (hábiles) o calendar (naturales).", "business or calendar."),
      { constraints: { enum: DAY_UNITS } },
    ),
    field(
      "silence_rule",
      "string",
      t("Silencio de la autoridad", "Administrative silence"),
      t(
        "negativa_ficta, afirmativa_ficta o none: efecto de no recibir respuesta en plazo.",
        "negativa_ficta (deemed refusal), afirmativa_ficta (deemed approval) or none.",
      ),
      { constraints: { required: true, enum: ["negativa_ficta", "afirmativa_ficta", "none"] } },
    ),
    field(
      "applicant_deadline_days",
      "integer",
      t("Plazo de la persona", "Applicant deadline"),
      t(
        "Días que tiene la persona para presentar el trámite (p. ej. tras un cambio de domicilio).",
        "Days the person has to file (e.g. after moving house).",
      ),
      { unit: DAYS, constraints: { minimum: 1 } },
    ),
    field(
      "applicant_deadline_unit",
      "string",
      t("Tipo de días (persona)", "Day type (applicant)"),
      t("business o calendar.", "business or calendar."),
      { constraints: { enum: DAY_UNITS } },
    ),
    field(
      "legal_basis",
      "string",
      t("Fundamento", "Legal basis"),
      t("Artículos que fijan el plazo.", "Articles that set the deadline."),
    ),
    toVerify,
    sourceIds,
    field(
      "resolution_anchor",
      "string",
      t("Inicio del plazo de resolución", "Start of the resolution deadline"),
      t(
        "Evento desde el que corre el plazo de la autoridad (complete_filing = recepción del expediente completo).",
        "Event the authority's deadline runs from (complete_filing = receipt of the complete filing).",
      ),
    ),
    field(
      "resolution_authority",
      "string",
      t("Autoridad que resuelve", "Deciding authority"),
      t(
        "Clave de la autoridad (institution.json rules.authorities).",
        "Key of the authority (institution.json rules.authorities).",
      ),
    ),
    field(
      "applicant_deadline_anchor",
      "string",
      t("Inicio del plazo de la persona", "Start of the applicant deadline"),
      t(
        "Evento al que se refiere el plazo de la persona (entry, document_expiry, change_of_circumstances…).",
        "Event the applicant's deadline refers to (entry, document_expiry, change_of_circumstances…).",
      ),
    ),
    field(
      "applicant_deadline_direction",
      "string",
      t("Sentido del plazo de la persona", "Direction of the applicant deadline"),
      t(
        "after = dentro de N días después del evento; before = a partir de N días antes del evento.",
        "after = within N days after the event; before = from N days before the event.",
      ),
      { constraints: { enum: ["after", "before"] } },
    ),
    field(
      "more_deadlines_json",
      "string",
      t("Otros plazos (JSON)", "Other deadlines (JSON)"),
      t(
        "Lista JSON de plazos adicionales, cada uno con party, days, unit, anchor, direction, authority, silence y legalBasis.",
        "JSON list of further deadlines, each with party, days, unit, anchor, direction, authority, silence and legalBasis.",
      ),
    ),
  ],
};

export const formsDataset: DatasetDef = {
  name: "formatos",
  group: "catalogue",
  title: t("Formatos oficiales", "Official forms"),
  description: t(
    "Formatos oficiales que usa cada trámite y qué elegir en ellos (trámite, condición, vía): uno por fila.",
    "Official forms each procedure uses and what to select in them (procedure, status, route): one per row.",
  ),
  missingValues: [""],
  primaryKey: ["procedure_slug", "position"],
  foreignKeys: byProcedure,
  fields: [
    procedureSlug,
    field(
      "position",
      "integer",
      t("Orden", "Order"),
      t("Orden del formato en el trámite (desde 1).", "Order of the form in the procedure (from 1)."),
      { constraints: { required: true, minimum: 1 } },
    ),
    field(
      "form",
      "string",
      t("Formato", "Form"),
      t("Clave del formato (institution.json rules.forms).", "Key of the form (institution.json rules.forms)."),
      { constraints: required },
    ),
    ...bilingual(
      "form_name",
      t("Nombre del formato", "Form name"),
      t("Nombre oficial del formato.", "Official name of the form."),
      {
        required: true,
      },
    ),
    field(
      "form_url",
      "string",
      t("Dirección del formato", "Form address"),
      t("Dónde se llena, si es en línea.", "Where it is filled in, when online."),
    ),
    field(
      "layout",
      "string",
      t("Disposición", "Layout"),
      t(
        "Cómo imprime el portal una copia llenada: stay, visa-authorization, employer-registration o minor-exit; vacío si el portal no lo llena.",
        "How the portal prints a filled copy: stay, visa-authorization, employer-registration or minor-exit; empty when the portal does not fill it.",
      ),
      { constraints: { enum: ["stay", "visa-authorization", "employer-registration", "minor-exit"] } },
    ),
    ...bilingual(
      "selection",
      t("Qué elegir", "What to select"),
      t(
        "Qué elegir en el formato para este trámite, si la fuente lo dice.",
        "What to select in the form for this procedure, when the source says.",
      ),
    ),
    ...bilingual(
      "condition",
      t("Condición", "Condition"),
      t(
        "Cuándo aplica esta elección, en palabras; vacío si siempre.",
        "When this selection applies, in words; empty when always.",
      ),
    ),
    field(
      "condition_json",
      "string",
      t("Condición (JSON)", "Condition (JSON)"),
      t(
        "La condición en el lenguaje de condiciones del catálogo (all / any / not sobre comparaciones de campos).",
        "The condition in the catalogue's condition language (all / any / not over field comparisons).",
      ),
    ),
    ...bilingual("signed_by", t("Quién firma", "Signed by"), t("Quién firma el formato.", "Who signs the form.")),
    toVerify,
    sourceIds,
  ],
};

export const officesDataset: DatasetDef = {
  name: "oficinas",
  group: "catalogue",
  title: t("Oficinas", "Offices"),
  description: t(
    "Oficinas que reciben trámites, con los trámites que recibe cada una.",
    "Offices that receive filings, with the procedures each one receives.",
  ),
  missingValues: [""],
  primaryKey: ["slug"],
  fields: [
    field(
      "slug",
      "string",
      t("Clave", "Key"),
      t("Clave estable de la oficina (impresa en los carteles).", "Stable key of the office (printed on posters)."),
      { constraints: { required: true, unique: true } },
    ),
    field(
      "state_code",
      "string",
      t("Entidad", "State"),
      t(
        `Clave de la entidad (${COUNTRY.divisions.name.es}) en la lista del país (country.json, divisions).`,
        `Code of the state (${COUNTRY.divisions.name.en}) in the country's list (country.json, divisions).`,
      ),
      { constraints: required },
    ),
    field(
      "state_name",
      "string",
      t("Nombre de la entidad", "State name"),
      t("Nombre de la entidad federativa.", "Name of the state."),
      { constraints: required },
    ),
    ...bilingual("name", t("Nombre", "Name"), t("Nombre de la oficina.", "Name of the office."), { required: true }),
    field("city", "string", t("Ciudad", "City"), t("Ciudad o municipio.", "City or municipality.")),
    field(
      "address",
      "string",
      t("Domicilio", "Address"),
      t("Domicilio; vacío mientras ninguna fuente lo confirma.", "Street address; empty while no source confirms it."),
    ),
    field("postal_code", "string", t("Código postal", "Postal code"), t("Código postal.", "Postal code.")),
    field("phone", "string", t("Teléfono", "Phone"), t("Teléfono de atención.", "Contact phone.")),
    ...bilingual("hours", t("Horario", "Hours"), t("Horario de atención.", "Opening hours.")),
    field("latitude", "number", t("Latitud", "Latitude"), t("Latitud WGS 84.", "WGS 84 latitude."), {
      unit: t("grados", "degrees"),
    }),
    field("longitude", "number", t("Longitud", "Longitude"), t("Longitud WGS 84.", "WGS 84 longitude."), {
      unit: t("grados", "degrees"),
    }),
    field(
      "procedure_slugs",
      "string",
      t("Trámites", "Procedures"),
      t(
        "Claves de los trámites que recibe, separadas por punto y coma.",
        "Keys of the procedures it receives, separated by semicolons.",
      ),
    ),
    toVerify,
    ...bilingual(
      "verify_note",
      t("Qué falta verificar", "What is unverified"),
      t("Qué datos de la oficina no se han confirmado.", "Which details of the office are not confirmed yet."),
    ),
    sourceIds,
  ],
};

const count = (name: string, title: LocalizedText, description: LocalizedText): FieldDef =>
  field(
    name,
    "integer",
    title,
    t(
      `${description.es} Menos de ${MIN_PUBLISHED_COUNT} se publica como "${SUPPRESSED}".`,
      `${description.en} Fewer than ${MIN_PUBLISHED_COUNT} is published as "${SUPPRESSED}".`,
    ),
    { unit: APPLICATIONS, constraints: { minimum: MIN_PUBLISHED_COUNT } },
  );

/** Figures computed from the applications in the portal's database (see lib/statistics/queries.ts). */
export const monthlyStatisticsDataset: DatasetDef = {
  name: "estadisticas-mensuales",
  group: "statistics",
  title: t("Estadísticas mensuales de solicitudes", "Monthly application statistics"),
  description: t(
    `Solicitudes por mes (${COUNTRY.timeZoneName.es}), trámite, oficina y entidad. Cada cifra cuenta lo ocurrido en ese mes: enviadas por fecha de envío, recibidas por fecha de recepción, resueltas por fecha de resolución. Las cifras menores a ${MIN_PUBLISHED_COUNT} se suprimen para proteger a las personas.`,
    `Applications by month (${COUNTRY.timeZoneName.en}), procedure, office and state. Each figure counts what happened that month: sent by date sent, received by date received, resolved by date resolved. Figures below ${MIN_PUBLISHED_COUNT} are suppressed to protect people.`,
  ),
  missingValues: ["", SUPPRESSED],
  primaryKey: ["month", "procedure_slug", "office_slug"],
  foreignKeys: [...byProcedure, { fields: ["office_slug"], reference: { resource: "oficinas", fields: ["slug"] } }],
  fields: [
    field("month", "yearmonth", t("Mes", "Month"), t("Año y mes (AAAA-MM).", "Year and month (YYYY-MM)."), {
      constraints: required,
    }),
    procedureSlug,
    field(
      "office_slug",
      "string",
      t("Oficina", "Office"),
      t(
        "Clave de la oficina donde se presenta; vacío si no se eligió.",
        "Key of the office where it is filed; empty when none was chosen.",
      ),
    ),
    field(
      "state_code",
      "string",
      t("Entidad", "State"),
      t(
        `Clave de la entidad (${COUNTRY.divisions.name.es}) de la oficina en la lista del país (country.json, divisions).`,
        `Code of the office's state (${COUNTRY.divisions.name.en}) in the country's list (country.json, divisions).`,
      ),
    ),
    count(
      "submitted",
      t("Enviadas", "Sent"),
      t("Solicitudes enviadas en línea en el mes.", "Applications sent online that month."),
    ),
    count(
      "received",
      t("Recibidas", "Received"),
      t(
        "Expedientes completos recibidos por la oficina en el mes (inicia el plazo legal).",
        "Complete filings received by the office that month (the legal clock starts).",
      ),
    ),
    count(
      "resolved",
      t("Resueltas", "Resolved"),
      t("Resueltas en el mes (aprobadas o negadas).", "Resolved that month (approved or denied)."),
    ),
    count(
      "approved",
      t("Aprobadas", "Approved"),
      t("Aprobadas en el mes (incluye las ya expedidas).", "Approved that month (including those already issued)."),
    ),
    count("denied", t("Negadas", "Denied"), t("Negadas en el mes.", "Denied that month.")),
    count(
      "withdrawn",
      t("Desistidas", "Withdrawn"),
      t(
        "Retiradas por la persona en el mes; no cuentan como resueltas.",
        "Withdrawn by the applicant that month; not counted as resolved.",
      ),
    ),
    count(
      "resolved_in_time",
      t("Resueltas en plazo", "Resolved in time"),
      t(
        "Resueltas en el mes el día del vencimiento legal o antes (las pausas por requerimiento de documentos no cuentan).",
        "Resolved that month on or before the legal due date (pauses for requested documents do not count).",
      ),
    ),
    field(
      "resolved_in_time_pct",
      "number",
      t("% en plazo", "% in time"),
      t(
        `resolved_in_time / resolved × 100, con un decimal; "${SUPPRESSED}" si alguna de las dos cifras se suprime. Meta: ${TARGET_PERCENT} %.`,
        `resolved_in_time / resolved × 100, one decimal; "${SUPPRESSED}" when either figure is suppressed. Target: ${TARGET_PERCENT} %.`,
      ),
      { unit: t("por ciento", "percent"), constraints: { minimum: 0, maximum: 100 } },
    ),
    field(
      "median_days",
      "number",
      t("Mediana de días", "Median days"),
      t(
        `Mediana de días naturales entre la recepción y la resolución de las resueltas en el mes; "${SUPPRESSED}" con menos de ${MIN_PUBLISHED_COUNT} resueltas.`,
        `Median calendar days from receipt to resolution of those resolved that month; "${SUPPRESSED}" with fewer than ${MIN_PUBLISHED_COUNT} resolved.`,
      ),
      { unit: DAYS, constraints: { minimum: 0 } },
    ),
    field(
      "median_business_days",
      "number",
      t("Mediana de días hábiles", "Median business days"),
      t(
        "Igual que median_days, en días hábiles (sin fines de semana ni días inhábiles oficiales).",
        "As median_days, in business days (no weekends or official holidays).",
      ),
      { unit: DAYS, constraints: { minimum: 0 } },
    ),
  ],
};

/** Imported official series (lib/statistics/historical-import.ts): published aggregates, shown as published. */
export const historyDataset: DatasetDef = {
  name: "historico-documentos-emitidos",
  group: "history",
  title: t("Serie histórica: documentos migratorios emitidos", "Historical series: migration documents issued"),
  description: t(
    "Documentos emitidos por mes, entidad y tipo, tal como los publicó la fuente indicada en cada fila. La columna is_sample marca los datos de muestra del repositorio, que no son cifras oficiales.",
    "Documents issued by month, state and type, as published by the source named in each row. The is_sample column marks the repository's sample data, which are not official figures.",
  ),
  missingValues: [""],
  primaryKey: ["import_id", "month", "state_code", "document_type"],
  fields: [
    field("month", "yearmonth", t("Mes", "Month"), t("Año y mes (AAAA-MM).", "Year and month (YYYY-MM)."), {
      constraints: required,
    }),
    field(
      "state_code",
      "string",
      t("Entidad", "State"),
      t(
        `Clave de la entidad (${COUNTRY.divisions.name.es}) en la lista del país (country.json, divisions).`,
        `Code of the state (${COUNTRY.divisions.name.en}) in the country's list (country.json, divisions).`,
      ),
      { constraints: required },
    ),
    field(
      "document_type",
      "string",
      t("Tipo de documento", "Document type"),
      t("Tipo de documento como lo nombra la fuente.", "Document type as the source names it."),
      { constraints: required },
    ),
    field(
      "documents_issued",
      "integer",
      t("Documentos emitidos", "Documents issued"),
      t("Número de documentos emitidos, tal como se publicó.", "Number of documents issued, as published."),
      { unit: t("documentos", "documents"), constraints: { required: true, minimum: 0 } },
    ),
    field(
      "source",
      "string",
      t("Fuente", "Source"),
      t("Quién publicó la cifra y dónde.", "Who published the figure and where."),
      { constraints: required },
    ),
    field(
      "is_sample",
      "boolean",
      t("Muestra", "Sample"),
      t("true: datos de muestra para pruebas, no oficiales.", "true: sample data for tests, not official."),
      { constraints: required },
    ),
    field(
      "import_id",
      "integer",
      t("Importación", "Import"),
      t("Número del archivo importado del que viene la fila.", "Number of the imported file the row comes from."),
      { constraints: { required: true, minimum: 1 } },
    ),
  ],
};

/** The published record (lib/catalogue/versions.ts): every version of every procedure, scheduled ones included. */
export const versionsDataset: DatasetDef = {
  name: "versiones",
  group: "catalogue",
  title: t("Versiones publicadas", "Published versions"),
  description: t(
    "Cada versión publicada de cada trámite: cuándo se publicó, desde cuándo rige y qué cambió. Las versiones publicadas no se modifican; una versión con effective_at en el futuro está programada.",
    "Every published version of every procedure: when it was published, from when it applies and what changed. Published versions are never edited; a version whose effective_at is in the future is scheduled.",
  ),
  missingValues: [""],
  primaryKey: ["procedure_slug", "version"],
  foreignKeys: byProcedure,
  fields: [
    procedureSlug,
    field(
      "version",
      "integer",
      t("Versión", "Version"),
      t(
        "Número de la versión del trámite, desde 1; su página es /es/tramites/{procedure_slug}/version/{version}.",
        "Number of the procedure's version, from 1; its page is /en/tramites/{procedure_slug}/version/{version}.",
      ),
      { constraints: { required: true, minimum: 1 } },
    ),
    field(
      "published_at",
      "string",
      t("Publicada", "Published"),
      t("Fecha y hora de publicación (ISO 8601, UTC).", "Date and time of publication (ISO 8601, UTC)."),
      { constraints: required },
    ),
    field(
      "effective_at",
      "string",
      t("Rige desde", "In force from"),
      t(
        "Fecha y hora desde la que rige (ISO 8601, UTC); rige hasta el effective_at de la versión siguiente.",
        "Date and time from which it applies (ISO 8601, UTC); it applies until the next version's effective_at.",
      ),
      { constraints: required },
    ),
    field(
      "origin",
      "string",
      t("Origen", "Origin"),
      t(
        "files (archivos del catálogo, primera versión), editor (editada en el portal) o import (importada de archivos y revisada).",
        "files (catalogue files, first version), editor (edited in the portal) or import (imported from files and reviewed).",
      ),
      { constraints: { required: true, enum: ["files", "editor", "import"] } },
    ),
    field(
      "note",
      "string",
      t("Nota", "Note"),
      t("Nota de quien hizo el cambio, como la escribió.", "Note of the person who made the change, as written."),
    ),
    field(
      "changes",
      "integer",
      t("Cambios", "Changes"),
      t(
        "Número de cambios respecto de la versión anterior, calculados de los datos.",
        "Number of changes from the previous version, computed from the data.",
      ),
      { constraints: { required: true, minimum: 0 } },
    ),
    ...bilingual(
      "summary",
      t("Qué cambió", "What changed"),
      t(
        "Los cambios en frases, como en el historial del trámite.",
        "The changes in sentences, as in the procedure's history.",
      ),
    ),
  ],
};

export const DATASETS: readonly DatasetDef[] = [
  proceduresDataset,
  requirementsDataset,
  feesDataset,
  deadlinesDataset,
  officesDataset,
  formsDataset,
  versionsDataset,
  monthlyStatisticsDataset,
  historyDataset,
];

export function findDataset(name: string): DatasetDef | undefined {
  return DATASETS.find((d) => d.name === name);
}
