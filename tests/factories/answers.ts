import { addDays, todayIn } from "@/lib/dates";

/** Valid raw form values (as a browser sends them) for the common steps, with accents and ñ; override per test. */
export function validStepValues(
  overrides: Partial<Record<"personal" | "passport" | "address", Record<string, string>>> = {},
) {
  const today = todayIn();
  return {
    personal: {
      givenNames: "José Ángel",
      firstSurname: "Muñoz",
      secondSurname: "Peña",
      sex: "M",
      birthDate: "1990-05-17",
      birthCountry: "GT",
      nationality: "GT",
      curp: "",
      ...overrides.personal,
    },
    passport: {
      passportNumber: `G${Math.floor(Math.random() * 1e8)
        .toString()
        .padStart(8, "0")}`,
      passportCountry: "GT",
      passportExpiry: addDays(today, 700),
      migrationDocument: "temporary-resident",
      migrationDocumentNumber: "RT123456",
      ...overrides.passport,
    },
    address: {
      state: "JC",
      municipality: "Guadalajara",
      postalCode: "44100",
      neighborhood: "Centro",
      street: "Av. Juárez 123, int. 4",
      email: "jose.munoz@example.org",
      phone: "+52 33 1234 5678",
      ...overrides.address,
    },
  };
}

/** Valid details-step values for some procedures of the real catalogue. */
export function validDetails(slug: string): Record<string, string> {
  const today = todayIn();
  switch (slug) {
    case "renovacion-de-documento-migratorio":
      return { currentCardExpiry: addDays(today, 20), feeChoice: "1" };
    case "notificacion-cambio-de-domicilio":
      return {
        previousValue: "Calle Morelos 5, Zapopan, Jalisco",
        newValue: "Av. Juárez 123, Guadalajara, Jalisco",
        changeDate: addDays(today, -10),
      };
    case "permiso-de-salida-y-regreso":
      return {
        pendingApplication: "26-ABCD-EFGH-1",
        travelReason: "Boda de mi hermana en Quetzaltenango",
        departureDate: addDays(today, 7),
        returnDate: addDays(today, 21),
      };
    case "visa-por-unidad-familiar":
      return {
        relativeName: "María Peña López",
        relationship: "spouse",
        relativeStatus: "national",
        relativeDocument: "",
      };
    case "tarjeta-de-visitante-trabajador-fronterizo":
      return { residenceCountry: "GT", employerName: "Finca El Progreso, Tapachula" };
    default:
      throw new Error(`No details fixture for ${slug}`);
  }
}
