import { describe, expect, it } from "vitest";
import { curpCheckDigit } from "./curp";
import { addDays, todayIn } from "@/lib/dates";
import {
  addressStepSchema,
  DETAILS_KINDS,
  detailsStepSchema,
  passportStepSchema,
  personalStepSchema,
  type ProcedureForm,
} from "./fields";

const today = todayIn();
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

/** A CURP with a correct check digit for the given first 17 characters. */
const curp = (first17: string) => `${first17}${curpCheckDigit(first17)}`;

const personal = {
  givenNames: "José Ángel",
  firstSurname: "Muñoz",
  secondSurname: "",
  sex: "M",
  birthDate: "1990-05-17",
  birthCountry: "gt",
  nationality: "GT",
  curp: "",
};

describe("personal data step", () => {
  it("accepts a complete answer, trims and drops empty optional fields", () => {
    const result = personalStepSchema.safeParse({ ...personal, givenNames: "  José Ángel " });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      givenNames: "José Ángel",
      birthCountry: "GT",
      secondSurname: undefined,
      curp: undefined,
    });
  });
  it("requires names and a real birth date in the past", () => {
    expect(errorsOf(personalStepSchema.safeParse({ ...personal, givenNames: "  ", birthDate: "1990-02-30" }))).toEqual({
      givenNames: "errors.required",
      birthDate: "errors.invalidDate",
    });
    expect(errorsOf(personalStepSchema.safeParse({ ...personal, birthDate: addDays(today, 1) }))).toEqual({
      birthDate: "errors.birthInFuture",
    });
  });
  it("rejects unknown countries and sexes and over-long names", () => {
    expect(
      errorsOf(
        personalStepSchema.safeParse({ ...personal, nationality: "ZZ", sex: "Q", firstSurname: "x".repeat(81) }),
      ),
    ).toEqual({
      nationality: "errors.country",
      sex: "errors.choose",
      firstSurname: "errors.tooLong",
    });
  });
  it("checks the CURP format, check digit, birth date and sex", () => {
    const valid = curp("MUAJ900517HNEXXX0");
    expect(personalStepSchema.safeParse({ ...personal, curp: valid.toLowerCase() }).success).toBe(true);
    const wrongDigit = `${valid.slice(0, 17)}${(Number(valid[17]) + 1) % 10}`;
    expect(errorsOf(personalStepSchema.safeParse({ ...personal, curp: wrongDigit }))).toEqual({
      curp: "errors.curpCheckDigit",
    });
    expect(errorsOf(personalStepSchema.safeParse({ ...personal, curp: "ABC" }))).toEqual({ curp: "errors.curpFormat" });
    expect(errorsOf(personalStepSchema.safeParse({ ...personal, curp: curp("MUAJ900518HNEXXX0") }))).toEqual({
      curp: "errors.curpBirthDate",
    });
    expect(errorsOf(personalStepSchema.safeParse({ ...personal, curp: curp("MUAJ900517MNEXXX0") }))).toEqual({
      curp: "errors.curpSex",
    });
  });
});

describe("passport step", () => {
  const passport = {
    passportNumber: "g 1234-5678",
    passportCountry: "GT",
    passportExpiry: addDays(today, 400),
    migrationDocument: "none",
    migrationDocumentNumber: "",
  };
  it("normalises the passport number and needs an expiry after today", () => {
    expect(passportStepSchema.safeParse(passport).data?.passportNumber).toBe("G12345678");
    expect(errorsOf(passportStepSchema.safeParse({ ...passport, passportExpiry: today }))).toEqual({
      passportExpiry: "errors.passportExpired",
    });
    expect(errorsOf(passportStepSchema.safeParse({ ...passport, passportNumber: "12'; --" }))).toEqual({
      passportNumber: "errors.passportFormat",
    });
  });
  it("asks for the document number only when the person has a migration document", () => {
    expect(errorsOf(passportStepSchema.safeParse({ ...passport, migrationDocument: "temporary-resident" }))).toEqual({
      migrationDocumentNumber: "errors.required",
    });
  });
});

describe("address step", () => {
  const address = {
    state: "JC",
    municipality: "Guadalajara",
    postalCode: "44100",
    neighborhood: "",
    street: "Av. Juárez 123",
    email: "ana@example.org",
    phone: "+52 33 1234 5678",
  };
  it("accepts a Mexican address", () => expect(addressStepSchema.safeParse(address).success).toBe(true));
  it("rejects bad postal codes, states, emails and phones", () => {
    expect(
      errorsOf(
        addressStepSchema.safeParse({ ...address, postalCode: "4410", state: "XX", email: "ana@", phone: "12" }),
      ),
    ).toEqual({
      postalCode: "errors.postalCode",
      state: "errors.choose",
      email: "errors.email",
      phone: "errors.phone",
    });
  });
});

describe("details step", () => {
  it("exit-and-return: return after departure and within 60 days", () => {
    const schema = detailsStepSchema({ kind: "exit-return" });
    const base = {
      pendingApplication: "VT-1",
      travelReason: "Boda",
      departureDate: addDays(today, 5),
      returnDate: addDays(today, 20),
    };
    expect(schema.safeParse(base).success).toBe(true);
    expect(errorsOf(schema.safeParse({ ...base, returnDate: addDays(today, 5) }))).toEqual({
      returnDate: "errors.returnBeforeDeparture",
    });
    expect(errorsOf(schema.safeParse({ ...base, returnDate: addDays(today, 70) }))).toEqual({
      returnDate: "errors.returnTooLate",
    });
    expect(
      errorsOf(schema.safeParse({ ...base, departureDate: addDays(today, -1), returnDate: addDays(today, 3) })),
    ).toEqual({ departureDate: "errors.dateInPast" });
  });
  it("the fee question accepts only the offered options", () => {
    const schema = detailsStepSchema({ kind: "renewal" }, [0, 1, 2]);
    const answer = { currentCardExpiry: addDays(today, 30) };
    expect(schema.safeParse({ ...answer, feeChoice: "1" }).success).toBe(true);
    expect(errorsOf(schema.safeParse({ ...answer, feeChoice: "7" }))).toEqual({ feeChoice: "errors.choose" });
    expect(errorsOf(schema.safeParse(answer))).toEqual({ feeChoice: "errors.choose" });
  });
});

describe("details step: bad input for every kind of procedure", () => {
  const past = (days: number) => addDays(today, -days);
  const future = (days: number) => addDays(today, days);
  /** A valid answer per kind, then one wrong value and the message the person gets (hand-written). */
  const CASES: { form: ProcedureForm; valid: Record<string, string>; field: string; bad: string; error: string }[] = [
    {
      form: { kind: "job-offer" },
      valid: {
        employerName: "Cafetería La Ñapa",
        employerRegistration: "CIE-1",
        jobTitle: "Cocinero",
        consulate: "Bogotá",
      },
      field: "consulate",
      bad: "x".repeat(121),
      error: "errors.tooLong",
    },
    {
      form: { kind: "family" },
      valid: { relativeName: "María Núñez", relationship: "spouse", relativeStatus: "mexican", relativeDocument: "" },
      field: "relationship",
      bad: "cousin",
      error: "errors.choose",
    },
    {
      form: { kind: "humanitarian" },
      valid: { humanitarianReason: "health", reasonDescription: "Tratamiento" },
      field: "reasonDescription",
      bad: "Ayuda\u202Eurgente",
      error: "errors.invalidCharacters",
    },
    {
      form: { kind: "exit-return" },
      valid: { pendingApplication: "26-ABCD", travelReason: "Boda", departureDate: future(5), returnDate: future(20) },
      field: "departureDate",
      bad: "2027-02-30",
      error: "errors.invalidDate",
    },
    {
      form: { kind: "work-permit" },
      valid: { employerName: "Panadería", employerRegistration: "", jobTitle: "Panadero", workState: "JC" },
      field: "workState",
      bad: "XX",
      error: "errors.choose",
    },
    {
      form: { kind: "notification", subject: "address" },
      valid: { previousValue: "Calle 1", newValue: "Calle 2", changeDate: past(3) },
      field: "changeDate",
      bad: future(3),
      error: "errors.dateInFuture",
    },
    {
      form: { kind: "renewal" },
      valid: { currentCardExpiry: future(20) },
      field: "currentCardExpiry",
      bad: past(365 * 6),
      error: "errors.dateTooOld",
    },
    {
      form: { kind: "replacement" },
      valid: { replacementReason: "lost", incidentDate: past(2) },
      field: "replacementReason",
      bad: "burned",
      error: "errors.choose",
    },
    {
      form: { kind: "border-card" },
      valid: { residenceCountry: "GT", employerName: "" },
      field: "residenceCountry",
      bad: "MX",
      error: "errors.choose",
    },
    {
      form: { kind: "employer" },
      valid: { companyName: "La Ñapa", rfc: "LÑA260101AB1", activity: "Alimentos" },
      field: "rfc",
      bad: "ABC123",
      error: "errors.rfcFormat",
    },
    {
      form: { kind: "status-change" },
      valid: { statusChangeBasis: "pensioner", basisDescription: "" },
      field: "statusChangeBasis",
      bad: "",
      error: "errors.choose",
    },
    {
      form: { kind: "expired-document" },
      valid: { expiredDocumentNumber: "TR98765432", expiredOn: past(40) },
      field: "expiredDocumentNumber",
      bad: "文件123",
      error: "errors.latinScript",
    },
    {
      form: { kind: "minor-exit" },
      valid: {
        destinationCountry: "CO",
        departureDate: future(10),
        expectedReturnDate: "",
        travelsWith: "alone",
        companionName: "",
        authorizedBy: "guardian",
        firstSignerName: "Óscar Ybarra",
        firstSignerDocument: "Pasaporte G123",
        secondSignerName: "",
        secondSignerDocument: "",
      },
      field: "destinationCountry",
      bad: "ZZ",
      error: "errors.country",
    },
  ];

  it("covers every kind of the registry", () => {
    expect(CASES.map((c) => c.form.kind).sort()).toEqual([...DETAILS_KINDS].sort());
  });
  for (const { form, valid, field, bad, error } of CASES) {
    it(`${form.kind}: accepts a valid answer and refuses ${field} = ${JSON.stringify(bad.slice(0, 12))} with ${error}`, () => {
      const schema = detailsStepSchema(form);
      expect(schema.safeParse(valid).error?.issues ?? []).toEqual([]);
      expect(errorsOf(schema.safeParse({ ...valid, [field]: bad }))).toEqual({ [field]: error });
    });
  }
  it("a field optional for one kind stays required for another (employer's registration: work permit vs job offer)", () => {
    expect(
      errorsOf(
        detailsStepSchema({ kind: "job-offer" }).safeParse({
          employerName: "A",
          employerRegistration: "",
          jobTitle: "B",
          consulate: "C",
        }),
      ),
    ).toEqual({ employerRegistration: "errors.required" });
    expect(
      detailsStepSchema({ kind: "work-permit" }).safeParse({
        employerName: "A",
        employerRegistration: "",
        jobTitle: "B",
        workState: "JC",
      }).success,
    ).toBe(true);
  });
});

describe("exit authorisation for a child (SAM): the rules across its answers", () => {
  const future = (days: number) => addDays(today, days);
  const schema = detailsStepSchema({ kind: "minor-exit" });
  const bothParents = {
    destinationCountry: "US",
    departureDate: future(10),
    expectedReturnDate: future(30),
    travelsWith: "one-parent",
    companionName: "Lucía Peña",
    authorizedBy: "both-parents",
    firstSignerName: "Lucía Peña",
    firstSignerDocument: "INE 123",
    secondSignerName: "Ramón Muñoz",
    secondSignerDocument: "PASAPORTE G1",
  };

  it("accepts both parents with their IDs, a companion and a return after the departure", () => {
    expect(schema.safeParse(bothParents).error?.issues ?? []).toEqual([]);
  });
  it("asks for the companion's name unless the child travels alone", () => {
    expect(errorsOf(schema.safeParse({ ...bothParents, companionName: "" }))).toEqual({
      companionName: "errors.companionRequired",
    });
    expect(schema.safeParse({ ...bothParents, travelsWith: "alone", companionName: "" }).success).toBe(true);
  });
  it("asks for the second parent's name and ID when both parents authorise, not when a guardian does", () => {
    const missing = { ...bothParents, secondSignerName: "", secondSignerDocument: "" };
    expect(errorsOf(schema.safeParse(missing))).toEqual({
      secondSignerName: "errors.secondSignerRequired",
      secondSignerDocument: "errors.secondSignerRequired",
    });
    expect(schema.safeParse({ ...missing, authorizedBy: "guardian" }).success).toBe(true);
  });
  it("refuses a return on or before the departure and a departure in the past", () => {
    expect(errorsOf(schema.safeParse({ ...bothParents, expectedReturnDate: bothParents.departureDate }))).toEqual({
      expectedReturnDate: "errors.returnBeforeDeparture",
    });
    expect(errorsOf(schema.safeParse({ ...bothParents, departureDate: addDays(today, -1) }))).toEqual({
      departureDate: "errors.dateInPast",
    });
  });
});
