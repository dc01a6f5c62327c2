import { describe, expect, it } from "vitest";
import { divisionCodes } from "@/lib/country";
import { groupByState, officesForProcedure } from "@/lib/offices/ordering";
import { readOffices } from "@/lib/offices/read-offices";
import { loadCatalogue } from "@/prisma/catalogue/validate";
import { seedCatalogue } from "@/prisma/scripts/seed";
import { useTestDatabase } from "../factories/test-database";

const ctx = useTestDatabase();

describe("offices in PostgreSQL", () => {
  it("has at least one office in each of the 32 states, every one with sources", async () => {
    const offices = await readOffices(ctx.db);
    expect(new Set(offices.map((o) => o.stateCode))).toEqual(new Set(divisionCodes()));
    for (const o of offices) expect(o.sourceIds.length, o.slug).toBeGreaterThan(0);
    expect(offices).toHaveLength(loadCatalogue().offices.length);
  });

  it("never shows an unconfirmed office without the verify flag and a note of what to check", async () => {
    for (const o of await readOffices(ctx.db)) {
      if (o.address === null || o.phone === null) {
        expect(o.verify, o.slug).toBe(true);
        expect(o.verifyNote?.es, o.slug).toBeTruthy();
        expect(o.verifyNote?.en, o.slug).toBeTruthy();
      }
    }
  });

  it("knows which procedures each office receives: border cards only in the four southern border states", async () => {
    const offices = await readOffices(ctx.db);
    const tvtf = officesForProcedure(offices, "tarjeta-de-visitante-trabajador-fronterizo");
    expect(new Set(tvtf.map((o) => o.stateCode))).toEqual(new Set(["CC", "CS", "TC", "QR"]));
    const renewal = officesForProcedure(offices, "renovacion-de-documento-migratorio");
    expect(renewal).toHaveLength(offices.length);
  });

  it("lists the applicant's state first when suggesting offices", async () => {
    const offices = await readOffices(ctx.db);
    const suggested = officesForProcedure(offices, "renovacion-de-documento-migratorio", "QR");
    expect(suggested.slice(0, 3).map((o) => o.stateCode)).toEqual(["QR", "QR", "QR"]);
    expect(suggested[0]?.slug).toBe("quintana-roo");
  });

  it("groups offices by state in alphabetical order of the state name", async () => {
    const groups = groupByState(await readOffices(ctx.db));
    expect(groups).toHaveLength(32);
    const names = groups.map((g) => g.stateName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es")));
    expect(groups.find((g) => g.stateCode === "GT")!.offices.map((o) => o.slug)).toEqual([
      "guanajuato",
      "leon",
      "san-miguel-de-allende",
    ]);
  });

  it("a forced re-seed keeps office ids (applications and posters point at them) and the same links", async () => {
    const before = await ctx.db.office.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    const linksBefore = await ctx.db.procedureOffice.count();
    await seedCatalogue(ctx.database.url, { force: true });
    expect(await ctx.db.office.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } })).toEqual(
      before,
    );
    expect(await ctx.db.procedureOffice.count()).toBe(linksBefore);
  });

  it("refuses to delete an office that an application points at", async () => {
    const office = await ctx.db.office.findFirstOrThrow({ select: { id: true } });
    const procedure = await ctx.db.procedure.findFirstOrThrow({ select: { id: true } });
    const app = await ctx.db.application.create({
      data: {
        number: `T-${Date.now()}`,
        passwordHash: "x",
        procedureId: procedure.id,
        locale: "es",
        answers: {},
        applicantName: "Prueba",
        feePositions: [],
        paymentReference: `RF${Date.now()}`,
        officeId: office.id,
      },
      select: { id: true },
    });
    // Refused by the foreign key (ON DELETE RESTRICT), not by any other error.
    await expect(ctx.db.office.delete({ where: { id: office.id } })).rejects.toMatchObject({ code: "P2003" });
    await ctx.db.application.delete({ where: { id: app.id } });
  });
});
