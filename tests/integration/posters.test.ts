import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../factories/database";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
// The lib reads DATABASE_URL on first use: set it before importing the modules under test.
let lib: typeof import("@/lib/posters/mutations") & typeof import("@/lib/posters/queries");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  lib = { ...(await import("@/lib/posters/mutations")), ...(await import("@/lib/posters/queries")) };
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const clerk = { id: "test-clerk", role: "clerk" } as const;

const scansOf = async (code: string) =>
  (await db.posterScan.findMany({ where: { code }, select: { count: true } })).reduce((n, r) => n + r.count, 0);

describe("short links", () => {
  it("give a poster one permanent code: asking again, or ten times at once, returns the same one", async () => {
    const input = { kind: "procedure", procedure: "renovacion-de-documento-migratorio", office: "jalisco" } as const;
    const first = await lib.getOrCreateShortLink(clerk, input);
    expect(first).toMatchObject({
      kind: "procedure",
      procedureSlug: "renovacion-de-documento-migratorio",
      officeSlug: "jalisco",
    });
    expect(first.code).toMatch(/^[2-9a-hjkmnp-z]{7}$/);
    const again = await Promise.all(Array.from({ length: 10 }, () => lib.getOrCreateShortLink(clerk, input)));
    expect(new Set(again.map((l) => l.code))).toEqual(new Set([first.code]));
    expect(await db.shortLink.count({ where: { target: { startsWith: "procedure:" } } })).toBe(1);
  });

  it("keep procedure, office and general posters apart and resolve each to its target", async () => {
    const procedure = await lib.getOrCreateShortLink(clerk, {
      kind: "procedure",
      procedure: "renovacion-de-documento-migratorio",
      office: undefined,
    });
    const office = await lib.getOrCreateShortLink(clerk, { kind: "office", procedure: undefined, office: "tapachula" });
    const general = await lib.getOrCreateShortLink(clerk, { kind: "general", procedure: undefined, office: undefined });
    expect(new Set([procedure.code, office.code, general.code]).size).toBe(3);
    expect(await lib.resolveShortLink(office.code)).toEqual({
      code: office.code,
      kind: "office",
      officeSlug: "tapachula",
    });
    expect(await lib.resolveShortLink(general.code)).toEqual({ code: general.code, kind: "general" });
    expect(await lib.resolveShortLink("zzzzzzz")).toBeNull();
  });

  it("are made and their scans read only by signed-in staff", async () => {
    const input = { kind: "general", procedure: undefined, office: undefined } as const;
    await expect(lib.getOrCreateShortLink(null, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(lib.listPosterScans(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuse posters for procedures or offices that do not exist", async () => {
    await expect(
      lib.getOrCreateShortLink(clerk, { kind: "procedure", procedure: "no-existe", office: undefined }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      lib.getOrCreateShortLink(clerk, { kind: "office", procedure: undefined, office: "atlantida" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the database refuses a short link whose columns contradict its kind", async () => {
    await expect(
      db.$executeRaw`INSERT INTO short_link (code, kind, target) VALUES ('abcdefg', 'procedure', 'broken')`,
    ).rejects.toThrow(/short_link_kind_check/);
  });
});

describe("scan counting", () => {
  it("counts 50 concurrent scans exactly, in one row per code and day, storing nothing else", async () => {
    const { code } = await lib.getOrCreateShortLink(clerk, { kind: "office", procedure: undefined, office: "jalisco" });
    await Promise.all(Array.from({ length: 50 }, () => lib.recordScan(code)));
    expect(await scansOf(code)).toBe(50);
    const rows = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'poster_scan' ORDER BY ordinal_position`;
    expect(rows.map((r) => r.column_name)).toEqual(["code", "day", "count"]);
    expect(await db.posterScan.count({ where: { code } })).toBe(1);
  });

  it("counts by day in Mexico City", async () => {
    const { code } = await lib.getOrCreateShortLink(clerk, { kind: "office", procedure: undefined, office: "yucatan" });
    await lib.recordScan(code);
    const [row] = await db.$queryRaw<{ same: boolean }[]>`
      SELECT day = (now() AT TIME ZONE 'America/Mexico_City')::date AS same FROM poster_scan WHERE code = ${code}`;
    expect(row?.same).toBe(true);
  });

  it("does not count codes that no poster has", async () => {
    await expect(lib.recordScan("zzzzzzz")).rejects.toThrow(/poster_scan_code_fkey/);
    expect(await db.posterScan.count({ where: { code: "zzzzzzz" } })).toBe(0);
  });

  it("reports scans per poster and per office, including posters never scanned", async () => {
    const { posters, offices } = await lib.listPosterScans(clerk);
    const jalisco = posters.find((p) => p.kind === "office" && p.officeSlug === "jalisco");
    expect(jalisco).toMatchObject({ total: 50, last7Days: 50 });
    expect(posters.find((p) => p.kind === "general")).toMatchObject({ total: 0, lastScanDay: null });
    expect(offices.find((o) => o.officeSlug === "jalisco")).toMatchObject({ total: 50 });
  });
});
