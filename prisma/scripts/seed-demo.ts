/**
 * Demonstration data for development: staff accounts for every role and a few hundred sample
 * applications across procedures, states, statuses and ages, all flagged (`is_demo`, `is_sample`) and
 * labelled as such wherever they appear. Loaded only when asked for explicitly (`npm start -- --demo`,
 * `VENTANILLA_DEMO=1`, `npm run db:seed -- --demo`), and the running app refuses demo accounts at sign-in
 * unless demo mode is on (lib/auth/demo.ts). Idempotent: existing demo accounts and sample applications are kept.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/crypto";
import { deadlineFacts } from "../../lib/applications/clock";
import { addDays } from "../../lib/dates";
import { generateApplicationNumber, generatePassword, paymentReference } from "../../lib/applications/number";
import { base32Encode } from "../../lib/auth/totp";
import { encryptTotpSecret } from "../../lib/auth/totp-crypto";
import { createPrismaClient } from "../../lib/db";
import { holidaySet, isBusinessDay } from "../../lib/deadlines/business-days";
import { COUNTRY } from "../../lib/country";
import { readCatalogue } from "../../lib/procedures/read-catalogue";

/** Development-only credentials, printed in README. Never use them anywhere real. */
export const DEMO_PASSWORD = "demo-ventanilla-2026";
export const DEMO_STAFF = [
  { email: "dictaminador@ventanilla.example", name: "Diego Ramírez (demo)", role: "clerk" },
  { email: "dictaminadora@ventanilla.example", name: "Lucía Hernández (demo)", role: "clerk" },
  { email: "supervisora@ventanilla.example", name: "Carmen Ortiz (demo)", role: "supervisor" },
  { email: "admin@ventanilla.example", name: "Admin Ventanilla (demo)", role: "admin" },
  { email: "editora@ventanilla.example", name: "Paula Medina (demo)", role: "editor" },
  { email: "publicador@ventanilla.example", name: "Andrés Solís (demo)", role: "publisher" },
] as const;
/** Fixed TOTP secret of a demo account (base32 of a readable string), so developers can add it to an app. */
export const demoTotpSecret = (email: string) => base32Encode(Buffer.from(`ventanilla-demo:${email.split("@")[0]}`));

/** Small deterministic generator (mulberry32): the same seed gives the same sample set shape. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  "María",
  "José",
  "Ana",
  "Luis",
  "Sofía",
  "Carlos",
  "Valentina",
  "Jorge",
  "Camila",
  "Pedro",
  "Yuki",
  "Amadou",
  "Olena",
  "Wei",
  "Fatima",
  "John",
];
const SURNAMES = [
  "García",
  "Martínez",
  "López",
  "Pérez",
  "Rodríguez",
  "Hernández",
  "Gómez",
  "Díaz",
  "Morales",
  "Castillo",
  "Nguyen",
  "Smith",
  "Kovalenko",
  "Diallo",
];
const COUNTRIES = ["GT", "HN", "SV", "VE", "CU", "CO", "US", "HT", "UA", "CN", "NI", "AR"];

export type DemoSeedResult = { staff: number; applications: number };

/**
 * Seeds demo staff and `count` sample applications with timelines that end before `now`, and stores
 * the deadline facts with the same rules as staff transitions (lib/applications/clock.ts).
 */
export async function seedDemo(
  url: string,
  options: { count?: number; now?: Date; seed?: number } = {},
): Promise<DemoSeedResult> {
  const db = createPrismaClient(url);
  try {
    const catalogue = await readCatalogue(db);
    const holidays = holidaySet(
      (await db.holiday.findMany({ select: { date: true } })).map((h) => ({ date: h.date.toISOString().slice(0, 10) })),
    );
    let staffCount = 0;
    if ((await db.staffUser.count({ where: { isDemo: true } })) === 0) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      // One clerk handles only the offices of one state (office scoping); the others see every office.
      const firstOffice = await db.office.findFirst({
        orderBy: [{ stateCode: "asc" }, { position: "asc" }],
        select: { stateCode: true },
      });
      const stateOffices = firstOffice
        ? await db.office.findMany({ where: { stateCode: firstOffice.stateCode }, select: { id: true } })
        : [];
      for (const s of DEMO_STAFF) {
        const id = randomUUID();
        const scoped = s.email === "dictaminador@ventanilla.example" && stateOffices.length > 0;
        await db.staffUser.upsert({
          where: { email: s.email },
          update: {},
          create: {
            ...s,
            id,
            passwordHash,
            isDemo: true,
            national: !scoped && (s.role === "clerk" || s.role === "supervisor"),
            totpSecret: encryptTotpSecret(demoTotpSecret(s.email), id),
            totpConfirmedAt: new Date(),
            ...(scoped ? { offices: { create: stateOffices.map((o) => ({ officeId: o.id })) } } : {}),
          },
        });
        staffCount += 1;
      }
    }
    if ((await db.application.count({ where: { isSample: true } })) > 0) return { staff: staffCount, applications: 0 };

    const rand = random(options.seed ?? 2026);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const now = options.now ?? new Date();
    const clerks = await db.staffUser.findMany({
      where: { isDemo: true, role: { in: ["clerk", "supervisor"] } },
      select: { id: true },
    });
    const procedures = catalogue.procedures.filter((p) => p.deadline.resolution && !p.retired);
    // Sample applications are filed under the version in force, like real ones.
    const liveVersionIds = new Map(
      (await db.procedure.findMany({ select: { slug: true, liveVersionId: true } })).map((p) => [
        p.slug,
        p.liveVersionId,
      ]),
    );
    const offices = await db.office.findMany({
      select: { id: true, stateCode: true, procedures: { select: { procedure: { select: { slug: true } } } } },
    });
    // Nobody signs in to sample applications: one unknown password for all of them.
    const passwordHash = await hashPassword(generatePassword());
    const count = options.count ?? 300;
    // Events at 16:00–22:00 UTC (10:00–16:00 in Mexico City), on business days after the first.
    const at = (day: string) =>
      new Date(
        `${day}T${String(16 + Math.floor(rand() * 6)).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}:00.000Z`,
      );
    const nextBusiness = (day: string, n: number) => {
      let d = day;
      for (let i = 0; i < n;) {
        d = addDays(d, 1);
        if (isBusinessDay(d, holidays)) i += 1;
      }
      return d;
    };
    const today = now.toISOString().slice(0, 10);
    let created = 0;
    for (let i = 0; i < count; i += 1) {
      const procedure = pick(procedures);
      const submittedDay = addDays(today, -Math.floor(rand() * 365));
      const events: { type: string; at: Date; data?: object }[] = [{ type: "submitted", at: at(submittedDay) }];
      const push = (type: string, day: string, data?: object) => {
        const previous = events.at(-1)!.at;
        const drawn = at(day);
        const when = drawn > previous ? drawn : new Date(previous.getTime() + 30 * 60_000);
        if (when > now) return false;
        events.push({ type, at: when, data });
        return true;
      };
      const stop = () => events.at(-1)!.type;
      const receivedDay = nextBusiness(submittedDay, 1 + Math.floor(rand() * 8));
      if (rand() < 0.93 && push("received", receivedDay)) {
        let day = nextBusiness(receivedDay, Math.floor(rand() * 3));
        if (push("in_review", day)) {
          if (rand() < 0.05) push("withdrawn", nextBusiness(day, 2 + Math.floor(rand() * 10)));
          else {
            if (rand() < 0.25) {
              day = nextBusiness(day, 2 + Math.floor(rand() * 8));
              const requirement = pick(procedure.requirements);
              if (
                push("documents_requested", day, {
                  requirements: [{ position: requirement.position, name: requirement.name }],
                })
              ) {
                day = nextBusiness(day, 1 + Math.floor(rand() * 10));
                if (rand() < 0.85) push("documents_received", day);
              }
            }
            if (stop() === "in_review" || stop() === "documents_received") {
              // Most answered inside the 20 business days, some late: roughly the authority's 80 % target.
              const elapsed = 3 + Math.floor(rand() * 21);
              const decisionDay = nextBusiness(day, elapsed);
              const approved = rand() < 0.85;
              if (
                push(
                  approved ? "approved" : "denied",
                  decisionDay,
                  approved ? undefined : { message: "Muestra: no se acreditó el requisito." },
                ) &&
                approved &&
                rand() < 0.6
              ) {
                push("issued", nextBusiness(decisionDay, 3 + Math.floor(rand() * 15)));
              }
            }
          }
        }
      }
      const last = stop();
      const status = last === "documents_received" ? "in_review" : last;
      const timeline = events.map((e) => ({ type: e.type, at: e.at.toISOString() }));
      const facts = deadlineFacts(status, timeline, procedure.deadline, holidays);
      const given = pick(GIVEN);
      const first = pick(SURNAMES);
      const second = pick(SURNAMES);
      const country = pick(COUNTRIES);
      // The office where it was filed (one that receives this procedure), and an address in its state.
      const receiving = offices.filter((o) => o.procedures.some((p) => p.procedure.slug === procedure.slug));
      const office = receiving.length ? pick(receiving) : null;
      const state = office?.stateCode ?? pick(COUNTRY.divisions.items).code;
      const number = generateApplicationNumber(Number(submittedDay.slice(0, 4)));
      await db.application.create({
        data: {
          number,
          passwordHash,
          procedure: { connect: { slug: procedure.slug } },
          procedureVersion: { connect: { id: liveVersionIds.get(procedure.slug)! } },
          locale: rand() < 0.8 ? "es" : "en",
          status: status as never,
          version: events.length - 1,
          answers: {
            personal: {
              givenNames: given,
              firstSurname: first,
              secondSurname: second,
              sex: rand() < 0.5 ? "F" : "M",
              birthDate: `${1960 + Math.floor(rand() * 45)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
              birthCountry: country,
              nationality: country,
              curp: "",
            },
            passport: {
              passportNumber: `MUESTRA${String(i).padStart(4, "0")}`,
              passportCountry: country,
              passportExpiry: addDays(today, 400),
              migrationDocument: "temporary-resident",
              migrationDocumentNumber: "",
            },
            address: {
              state,
              municipality: "Muestra",
              postalCode: "00000",
              neighborhood: "Muestra",
              street: "Dato de muestra",
              email: `muestra${i}@example.org`,
              phone: "",
            },
            details: {},
          },
          applicantName: `${given} ${first} ${second}`,
          feePositions: procedure.fees
            .filter((f) => f.payment === 1)
            .slice(0, 1)
            .map((f) => f.position),
          paymentReference: paymentReference(number),
          submittedAt: events[0]!.at,
          receivedAt: facts.receivedAt,
          dueOn: facts.dueOn ? new Date(`${facts.dueOn}T00:00:00.000Z`) : null,
          resolvedAt: facts.resolvedAt,
          resolvedInTime: facts.resolvedInTime,
          isSample: true,
          office: office ? { connect: { id: office.id } } : undefined,
          assignee:
            clerks.length && status !== "submitted" && rand() < 0.7 ? { connect: { id: pick(clerks).id } } : undefined,
          events: { create: events.map((e) => ({ type: e.type, at: e.at, data: e.data })) },
        },
        select: { id: true },
      });
      created += 1;
    }
    return { staff: staffCount, applications: created };
  } finally {
    await db.$disconnect();
  }
}
