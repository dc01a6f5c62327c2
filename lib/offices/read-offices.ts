import { COUNTRY, divisionName } from "@/lib/country";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LocalizedText, OfficeDTO } from "./types";

const stateOrder = new Map<string, number>(
  [...COUNTRY.divisions.items].sort((a, b) => a.name.localeCompare(b.name, "es")).map((s, i) => [s.code, i]),
);

/**
 * Every office with the procedures it receives, ordered by state name, then position (the state's
 * representation office first). Explicit select, plain DTOs. Takes the client so tests use their own database.
 */
export async function readOffices(db: PrismaClient): Promise<OfficeDTO[]> {
  const rows = await db.office.findMany({
    select: {
      id: true,
      slug: true,
      stateCode: true,
      name: true,
      city: true,
      address: true,
      postalCode: true,
      phone: true,
      hours: true,
      latitude: true,
      longitude: true,
      sourceIds: true,
      verify: true,
      verifyNote: true,
      position: true,
      procedures: {
        select: { procedure: { select: { slug: true } } },
        orderBy: { procedure: { slug: "asc" } },
      },
    },
  });
  return rows
    .map((o) => ({
      id: o.id,
      slug: o.slug,
      stateCode: o.stateCode,
      stateName: divisionName(o.stateCode),
      name: o.name as LocalizedText,
      city: o.city,
      address: o.address,
      postalCode: o.postalCode,
      phone: o.phone,
      hours: o.hours as LocalizedText,
      location: o.latitude !== null && o.longitude !== null ? { latitude: o.latitude, longitude: o.longitude } : null,
      sourceIds: o.sourceIds,
      verify: o.verify,
      verifyNote: (o.verifyNote ?? null) as LocalizedText | null,
      position: o.position,
      procedureSlugs: o.procedures.map((p) => p.procedure.slug),
    }))
    .sort(
      (a, b) => (stateOrder.get(a.stateCode) ?? 99) - (stateOrder.get(b.stateCode) ?? 99) || a.position - b.position,
    );
}
