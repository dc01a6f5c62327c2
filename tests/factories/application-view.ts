/**
 * A realistic submitted application built from the real catalogue data files (prisma/catalogue), no
 * database needed: for PDF tests, the bench and anything that renders an application. Answers carry
 * accents and ñ (José Ángel Muñoz Peña) and are valid under the form schemas on the day they are made
 * (dates are relative to today in Mexico City).
 */
import { personFees } from "@/lib/fees/person-fees";
import { procedureFromDocument } from "@/lib/procedures/from-document";
import { notificationSubject, procedureForm, type DetailsKind } from "@/lib/applications/fields";
import { addDays, todayIn } from "@/lib/dates";
import type { ApplicationAnswers, ApplicationView } from "@/lib/applications/types";
import { feeAlternatives } from "@/lib/fees/select";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";
import { loadCatalogue, type Catalogue } from "@/prisma/catalogue/validate";

let catalogue: Catalogue | null = null;
const procedures = new Map<string, ProcedureDTO>();

function data(): Catalogue {
  return (catalogue ??= loadCatalogue());
}

/** The catalogue's institution as the DTO the application view carries. */
export function catalogueInstitution(): InstitutionDTO {
  const i = data().institution;
  return {
    code: i.code,
    name: i.name,
    shortName: i.shortName,
    parentBody: i.parentBody,
    country: data().country.code,
    currency: i.currency,
    timeZone: data().country.timeZone,
    defaultLocale: i.defaultLocale,
    website: i.website,
    contact: i.contact,
    rules: i.rules,
    lastReviewed: i.lastReviewed,
  };
}

/** A procedure of the real catalogue converted to the DTO shape, the way the seed and readCatalogue store it. */
export function catalogueProcedure(slug: string): ProcedureDTO {
  const cached = procedures.get(slug);
  if (cached) return cached;
  const p = data().procedures.find((candidate) => candidate.slug === slug);
  if (!p) throw new Error(`No procedure "${slug}" in prisma/catalogue/procedures`);
  const dto = procedureFromDocument(p, data().institution.rules, null);
  procedures.set(slug, dto);
  return dto;
}

/** Every procedure slug of the real catalogue. */
export function catalogueSlugs(): string[] {
  return data().procedures.map((p) => p.slug);
}

/** Valid answers to the details step of each kind, with dates relative to `today`. */
function detailsFor(kind: DetailsKind, subject: string | undefined, today: string): Record<string, string> {
  switch (kind) {
    case "job-offer":
      return {
        employerName: "Cafetería La Ñapa, S.A. de C.V.",
        employerRegistration: "CIE-2026-004512",
        jobTitle: "Jefe de cocina",
        consulate: "Consulado General de México en Bogotá",
      };
    case "family":
      return {
        relativeName: "María Fernanda Núñez Ortiz",
        relationship: "spouse",
        relativeStatus: "national",
        relativeDocument: "NUOM850312MDFXRR09",
      };
    case "humanitarian":
      return {
        humanitarianReason: "health",
        reasonDescription:
          "Mi madre, Ángela Peña, tiene una enfermedad grave y necesita que la cuide durante su tratamiento en la Ciudad de México.",
      };
    case "exit-return":
      return {
        pendingApplication: "26-3HJ7-X2QW-8",
        travelReason: "Visitar a mi padre, internado en un hospital de Medellín",
        departureDate: addDays(today, 10),
        returnDate: addDays(today, 30),
      };
    case "work-permit":
      return {
        employerName: "Panadería El Ñandú, S. de R.L.",
        employerRegistration: "CIE-2026-000871",
        jobTitle: "Panadero",
        workState: "JC",
      };
    case "notification":
      return { ...notificationValues(subject), changeDate: addDays(today, -20) };
    case "renewal":
      return { currentCardExpiry: addDays(today, 25) };
    case "replacement":
      return { replacementReason: "stolen", incidentDate: addDays(today, -5) };
    case "border-card":
      return { residenceCountry: "GT", employerName: "Finca Cafetalera San Martín" };
    case "employer":
      return {
        companyName: "Cafetería La Ñapa, S.A. de C.V.",
        rfc: "LÑA260101AB1",
        activity: "Preparación y venta de alimentos",
      };
    case "status-change":
      return {
        statusChangeBasis: "four-years",
        basisDescription: "Cumplí cuatro años como residente temporal el mes pasado.",
      };
    case "expired-document":
      return { expiredDocumentNumber: "TR98765432", expiredOn: addDays(today, -40) };
    case "minor-exit":
      return {
        destinationCountry: "CO",
        departureDate: addDays(today, 12),
        expectedReturnDate: addDays(today, 40),
        travelsWith: "one-parent",
        companionName: "Lucía Peña Álvarez",
        authorizedBy: "both-parents",
        firstSignerName: "Lucía Peña Álvarez",
        firstSignerDocument: "PASAPORTE AQ1234567",
        secondSignerName: "Ramón Muñoz Ibáñez",
        secondSignerDocument: "INE 1234567890123",
      };
  }
}

function notificationValues(subject: string | undefined): { previousValue: string; newValue: string } {
  switch (subject) {
    case "workplace":
      return {
        previousValue: "Cafetería La Ñapa, Av. Álvaro Obregón 120, Roma Norte, Ciudad de México",
        newValue: "Panadería El Ñandú, Calle Río Pánuco 7, Cuauhtémoc, Ciudad de México",
      };
    case "civil-status":
      return { previousValue: "Soltero", newValue: "Casado con María Fernanda Núñez Ortiz" };
    case "nationality":
      return { previousValue: "Colombiana", newValue: "Española" };
    case "name":
      return { previousValue: "José Ángel Muñoz", newValue: "José Ángel Muñoz Peña" };
    default:
      return {
        previousValue: "Calle Durango 12, int. 4, Col. Roma Sur, C.P. 06760, Cuauhtémoc, Ciudad de México",
        newValue: "Calle Córdoba 45, int. 3, Col. Roma Norte, C.P. 06700, Cuauhtémoc, Ciudad de México",
      };
  }
}

type Overrides = Partial<Omit<ApplicationView, "answers">> & {
  /** Procedure of the real catalogue (default: renovacion-de-documento-migratorio). Ignored when `procedure` is given. */
  slug?: string;
  answers?: { [Step in keyof ApplicationAnswers]?: Partial<ApplicationAnswers[Step]> };
};

/**
 * A submitted application for a real procedure. The fee choice, when the procedure's fees offer
 * alternatives, is the first alternative (e.g. temporary residence, 1 year: $11,141.00).
 */
export function makeApplicationView(overrides: Overrides = {}): ApplicationView {
  const { slug = "renovacion-de-documento-migratorio", answers: answerOverrides = {}, ...rest } = overrides;
  const procedure = rest.procedure ?? catalogueProcedure(slug);
  const form = rest.form ?? procedureForm(procedure);
  const submittedAt = rest.submittedAt ?? new Date().toISOString();
  const today = todayIn("America/Mexico_City", new Date(submittedAt));
  const alternatives = feeAlternatives(procedure.fees);
  const feeChoice = alternatives ? String(alternatives.options[0]!.position) : undefined;

  const answers: ApplicationAnswers = {
    personal: {
      givenNames: "José Ángel",
      firstSurname: "Muñoz",
      secondSurname: "Peña",
      sex: "M",
      birthDate: "1988-04-12",
      birthCountry: "CO",
      nationality: "CO",
      curp: undefined,
      ...answerOverrides.personal,
    },
    passport: {
      passportNumber: "AV4821973",
      passportCountry: "CO",
      passportExpiry: addDays(today, 365 * 5),
      migrationDocument: "temporary-resident",
      migrationDocumentNumber: "TR0012345678",
      ...answerOverrides.passport,
    },
    address: {
      state: "DF",
      municipality: "Cuauhtémoc",
      postalCode: "06700",
      neighborhood: "Roma Norte",
      street: "Calle Córdoba 45, int. 3",
      email: "jose.munoz@example.com",
      phone: "55 1234 5678",
      ...answerOverrides.address,
    },
    details: {
      ...detailsFor(form.kind, notificationSubject(form), today),
      // The route question, when the procedure asks it (required): its first route. Where documents were
      // issued is optional and left unanswered, so the items that depend on it show their condition.
      ...(form.routes ? { route: form.routes[0]!.id } : {}),
      ...(feeChoice ? { feeChoice } : {}),
      ...answerOverrides.details,
    },
  };
  const chosen = answers.details.feeChoice === undefined ? null : Number(answers.details.feeChoice);

  return {
    number: "26-7KQ4-M9PX-3",
    paymentReference: "RF18VT267KQ4M9PX3",
    locale: "es",
    status: "submitted",
    statusUrl: "http://localhost:3000/es/seguimiento",
    office: null,
    institution: catalogueInstitution(),
    // As the submission stores them: the person's fees from the one evaluator (lib/fees/person-fees.ts).
    selectedFees: personFees(procedure, answers, today, chosen, catalogueInstitution()).items.map((i) => i.fee),
    ...rest,
    submittedAt,
    procedure,
    form,
    answers,
  };
}
