/**
 * Statistics against hand-counted fixtures. Procedure: renovación (20 business days from the day after
 * receipt). 2026 holidays in the catalogue that matter here: 16 March, 2 and 3 April.
 *
 *   A  received Mon 2 Mar, approved 20 Mar. Due 31 Mar → in time. 18 calendar / 13 business days.
 *   B  received 2 Mar, documents requested 9 Mar, received back 23 Mar (9–23 Mar paused), approved 8 Apr.
 *      Due 16 Apr with the pause (31 Mar without it) → in time. 37 calendar / 24 business days elapsed.
 *   C  received 2 Mar, denied 6 Apr. Due 31 Mar → late. 35 calendar / 22 business days.
 *   D1–D5 received Tue 3 Mar, approved 10 Mar (D5 then issued 12 Mar). In time. 7 / 5 days each.
 *   E  received 4 Mar, withdrawn 12 Mar: not a resolution.
 *   S  a generated sample application, approved in March: left out unless asked for.
 *   Q  another procedure: received 5 Mar, never resolved, no office chosen.
 * Offices: A, B, C, D1–D3 at office O1; D4, D5, E (and S) at office O2, in another state.
 *
 * By hand, procedure renovación:
 *   March: submitted 9, received 9, resolved 6 (A, D1–D5), approved 6, denied 0, withdrawn 1, in time 6,
 *          median days of [7,7,7,7,7,18] = 7, business [5,5,5,5,5,13] = 5.
 *   April: resolved 2 (B, C), approved 1, denied 1, in time 1, median (35+37)/2 = 36, business (22+24)/2 = 23.
 *   Both months: resolved 8, in time 7 (87.5 %, but 1 late → share suppressed in public),
 *          median of [7,7,7,7,7,18,35,37] = (7+7)/2 = 7, business [5,5,5,5,5,13,22,24] = 5.
 *   O1: submitted 6, received 6, resolved 6, approved 5, denied 1, in time 5, median [7,7,7,18,35,37] = 12.5,
 *       business [5,5,5,13,22,24] = 9.   O2: submitted 3, received 3, resolved 2, approved 2, withdrawn 1.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { monthlyStatisticsDataset } from "@/lib/open-data/datasets";
import { tableSchemaDescriptor, validateTable } from "@/lib/open-data/table-schema";
import { suppressSmallCounts } from "@/lib/statistics/public";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { applicationWithJourney, type JourneyStep } from "../factories/staff-journey";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let stats: typeof import("@/lib/statistics/queries");
let GET: typeof import("@/app/api/v1/datos/[file]/route").GET;
const ids: Record<string, number> = {};
let O1: { id: number; slug: string; state_code: string };
let O2: { id: number; slug: string; state_code: string };

const P = "renovacion-de-documento-migratorio";
const Q = "permiso-de-salida-y-regreso";
const receive = (on: string): JourneyStep[] => [
  { on, to: "received" },
  { on, to: "in_review" },
];

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  stats = await import("@/lib/statistics/queries");
  ({ GET } = await import("@/app/api/v1/datos/[file]/route"));
  const { transitionApplication } = await import("@/lib/applications/staff-mutations");
  // The second requirement of P (positions count from 0 in the order of its data file).
  const requirement = { position: 1 };
  O1 = (await db.$queryRaw<(typeof O1)[]>`SELECT id, slug, state_code FROM office ORDER BY position, id LIMIT 1`)[0]!;
  O2 = (
    await db.$queryRaw<
      (typeof O2)[]
    >`SELECT id, slug, state_code FROM office WHERE state_code <> ${O1.state_code} ORDER BY position, id LIMIT 1`
  )[0]!;
  const officeOf = (name: string) =>
    ["A", "B", "C", "D1", "D2", "D3"].includes(name) ? O1.id : name === "Q" ? null : O2.id;
  const make = (name: string, input: Parameters<typeof applicationWithJourney>[2]) =>
    applicationWithJourney(db, transitionApplication, { officeId: officeOf(name), ...input }).then(
      (id) => (ids[name] = id),
    );

  await make("A", {
    procedureSlug: P,
    submittedOn: "2026-03-02",
    steps: [...receive("2026-03-02"), { on: "2026-03-20", to: "approved" }],
  });
  await make("B", {
    procedureSlug: P,
    submittedOn: "2026-03-02",
    steps: [
      ...receive("2026-03-02"),
      {
        on: "2026-03-09",
        to: "documents_requested",
        requirements: [requirement.position],
        message: "Falta un documento.",
      },
      { on: "2026-03-23", to: "in_review" },
      { on: "2026-04-08", to: "approved" },
    ],
  });
  await make("C", {
    procedureSlug: P,
    submittedOn: "2026-03-02",
    steps: [...receive("2026-03-02"), { on: "2026-04-06", to: "denied", message: "No cumple." }],
  });
  for (const n of [1, 2, 3, 4, 5]) {
    const steps: JourneyStep[] = [...receive("2026-03-03"), { on: "2026-03-10", to: "approved" }];
    if (n === 5) steps.push({ on: "2026-03-12", to: "issued" });
    await make(`D${n}`, { procedureSlug: P, submittedOn: "2026-03-03", steps });
  }
  await make("E", {
    procedureSlug: P,
    submittedOn: "2026-03-04",
    steps: [
      { on: "2026-03-04", to: "received" },
      { on: "2026-03-12", to: "withdrawn" },
    ],
  });
  await make("S", {
    procedureSlug: P,
    submittedOn: "2026-03-03",
    isSample: true,
    steps: [...receive("2026-03-03"), { on: "2026-03-10", to: "approved" }],
  });
  await make("Q", { procedureSlug: Q, submittedOn: "2026-03-05", steps: receive("2026-03-05") });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("deadline facts behind the figures", () => {
  it("extend the due date by the pause for requested documents", async () => {
    const facts = async (name: string) => {
      const a = await db.application.findUniqueOrThrow({
        where: { id: ids[name] },
        select: { dueOn: true, resolvedInTime: true },
      });
      return [a.dueOn?.toISOString().slice(0, 10), a.resolvedInTime];
    };
    expect(await facts("A")).toEqual(["2026-03-31", true]);
    expect(await facts("B")).toEqual(["2026-04-16", true]);
    expect(await facts("C")).toEqual(["2026-03-31", false]);
  });
});

describe("statistics queries (exact figures, as the staff dashboard sees them)", () => {
  it("count each fact in the Mexico City month it happened", async () => {
    const rows = await stats.getApplicationStatistics({ procedureSlug: P }, ["month"]);
    expect(rows).toEqual([
      {
        month: "2026-03",
        procedureSlug: null,
        officeSlug: null,
        stateCode: null,
        submitted: 9,
        received: 9,
        resolved: 6,
        approved: 6,
        denied: 0,
        withdrawn: 1,
        resolvedInTime: 6,
        medianDays: 7,
        medianBusinessDays: 5,
      },
      {
        month: "2026-04",
        procedureSlug: null,
        officeSlug: null,
        stateCode: null,
        submitted: 0,
        received: 0,
        resolved: 2,
        approved: 1,
        denied: 1,
        withdrawn: 0,
        resolvedInTime: 1,
        medianDays: 36,
        medianBusinessDays: 23,
      },
    ]);
  });

  it("group by procedure, filter by months, and leave sample applications out unless asked", async () => {
    const byProcedure = await stats.getApplicationStatistics({ from: "2026-03", to: "2026-04" }, ["procedure"]);
    expect(byProcedure.map((r) => r.procedureSlug)).toEqual([Q, P].sort());
    expect(byProcedure.find((r) => r.procedureSlug === P)).toMatchObject({
      submitted: 9,
      received: 9,
      resolved: 8,
      approved: 7,
      denied: 1,
      resolvedInTime: 7,
      medianDays: 7,
      medianBusinessDays: 5,
    });
    expect(byProcedure.find((r) => r.procedureSlug === Q)).toMatchObject({
      submitted: 1,
      received: 1,
      resolved: 0,
      medianDays: null,
    });

    const april = await stats.getApplicationStatistics({ procedureSlug: P, from: "2026-04", to: "2026-04" }, ["month"]);
    expect(april.map((r) => [r.month, r.resolved])).toEqual([["2026-04", 2]]);
    const withSample = await stats.getApplicationStatistics(
      { procedureSlug: P, from: "2026-03", to: "2026-03", includeSample: true },
      ["month"],
    );
    expect(withSample[0]).toMatchObject({ submitted: 10, approved: 7 });
    expect(await stats.getApplicationStatistics({ from: "2025-01", to: "2025-12" }, ["month"])).toEqual([]);
  });

  it("group by office with its state, and filter by state", async () => {
    const byOffice = await stats.getApplicationStatistics({ from: "2026-03", to: "2026-04", procedureSlug: P }, [
      "office",
    ]);
    expect(byOffice.find((r) => r.officeSlug === O1.slug)).toMatchObject({
      stateCode: O1.state_code,
      submitted: 6,
      received: 6,
      resolved: 6,
      approved: 5,
      denied: 1,
      resolvedInTime: 5,
      medianDays: 12.5,
      medianBusinessDays: 9,
    });
    expect(byOffice.find((r) => r.officeSlug === O2.slug)).toMatchObject({
      stateCode: O2.state_code,
      submitted: 3,
      resolved: 2,
      approved: 2,
      withdrawn: 1,
      resolvedInTime: 2,
    });
    const all = await stats.getApplicationStatistics({}, ["office"]);
    expect(all.find((r) => r.officeSlug === null)).toMatchObject({ stateCode: null, submitted: 1, received: 1 });
    const oneState = await stats.getApplicationStatistics({ stateCode: O1.state_code }, ["state"]);
    expect(oneState).toEqual([expect.objectContaining({ stateCode: O1.state_code, submitted: 6 })]);
    const oneOffice = await stats.getApplicationStatistics({ officeSlug: O2.slug }, ["month"]);
    expect(oneOffice.map((r) => [r.month, r.submitted, r.resolved])).toEqual([["2026-03", 3, 2]]);
    expect(suppressSmallCounts(byOffice.find((r) => r.officeSlug === O1.slug)!)).toMatchObject({
      resolved: 6,
      approved: 5,
      denied: "suppressed",
      resolvedInTimePct: "suppressed",
      medianDays: 12.5,
    });
  });

  it("refuse a malformed month instead of guessing", async () => {
    await expect(stats.getApplicationStatistics({ from: "2026-3" })).rejects.toThrow(/YYYY-MM/);
  });
});

describe("public statistics", () => {
  it("suppress the small cells of the hand-counted rows, marked and never zero", async () => {
    const [march, april] = (await stats.getApplicationStatistics({ procedureSlug: P }, ["month"])).map(
      suppressSmallCounts,
    );
    expect(march).toMatchObject({
      submitted: 9,
      resolved: 6,
      approved: 6,
      denied: "suppressed",
      withdrawn: "suppressed",
      resolvedInTime: 6,
      resolvedInTimePct: 100,
      medianDays: 7,
    });
    expect(april).toMatchObject({
      resolved: "suppressed",
      approved: "suppressed",
      denied: "suppressed",
      resolvedInTime: "suppressed",
      resolvedInTimePct: "suppressed",
      medianDays: "suppressed",
    });
    const [both] = (
      await stats.getApplicationStatistics({ procedureSlug: P, from: "2026-03", to: "2026-04" }, ["procedure"])
    ).map(suppressSmallCounts);
    expect(both).toMatchObject({ resolved: 8, resolvedInTime: 7, resolvedInTimePct: "suppressed", medianDays: 7 });
  });

  it("publish estadisticas-mensuales.csv valid against its schema, equal to the JSON, with the same figures", async () => {
    const get = async (file: string) => {
      const response = await GET(new Request(`http://localhost/api/v1/datos/${file}`), {
        params: Promise.resolve({ file }),
      });
      return response.text();
    };
    const { rows, errors } = validateTable(
      parse(await get("estadisticas-mensuales.csv")),
      tableSchemaDescriptor(monthlyStatisticsDataset),
    );
    expect(errors).toEqual([]);
    expect(JSON.parse(await get("estadisticas-mensuales.json"))).toEqual(rows);
    const marchP = rows.filter((r) => r.month === "2026-03" && r.procedure_slug === P);
    expect(marchP.map((r) => r.office_slug).sort()).toEqual([O1.slug, O2.slug].sort());
    // O1 in March: A, B, C, D1–D3 sent and received; A and D1–D3 resolved (4, in time).
    expect(marchP.find((r) => r.office_slug === O1.slug)).toMatchObject({
      state_code: O1.state_code,
      submitted: 6,
      received: 6,
      resolved: "suppressed",
      approved: "suppressed",
      resolved_in_time: "suppressed",
      resolved_in_time_pct: "suppressed",
      median_days: "suppressed",
    });
    // Q had one application: every count of its row is marked, none is 0 or 1.
    expect(rows.find((r) => r.procedure_slug === Q)).toMatchObject({
      submitted: "suppressed",
      received: "suppressed",
      resolved: "suppressed",
    });
    expect(rows.map((r) => r.month)).toEqual(["2026-03", "2026-03", "2026-03", "2026-04"]);
  });
});
