import { vi } from "vitest";
import { createStoredApplication } from "./application";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Transition = typeof import("@/lib/applications/staff-mutations").transitionApplication;

/** One step of a journey: on this Mexico City date (10:00 local), move to `to`. */
export type JourneyStep = { on: string; to: string; message?: string; requirements?: number[] };

/** The officials who move journeys along: national, so office scoping lets them act on any application. */
async function journeyStaff(db: PrismaClient, role: "clerk" | "supervisor") {
  const email = `${role}@stats.example`;
  const row = await db.staffUser.upsert({
    where: { email },
    update: {},
    create: { email, name: `Stats ${role}`, role, national: true },
    select: { id: true },
  });
  return { id: row.id, role };
}

/** 10:00 in Mexico City (UTC-6 all year since 2022) on a YYYY-MM-DD date. */
export const mexicoCityMorning = (date: string) => new Date(`${date}T16:00:00.000Z`);

/**
 * An application sent on `submittedOn` and walked through `steps` with the real staff transitions
 * (so its deadline facts are computed by the production code), each step at its own date.
 * Uses fake Date only: timers and the database stay real.
 */
export async function applicationWithJourney(
  db: PrismaClient,
  transition: Transition,
  input: {
    procedureSlug: string;
    submittedOn: string;
    steps: JourneyStep[];
    officeId?: number | null;
    isSample?: boolean;
  },
): Promise<number> {
  const app = await createStoredApplication(db, {
    slug: input.procedureSlug,
    applicantName: "Persona de prueba",
    submittedAt: mexicoCityMorning(input.submittedOn),
    isSample: input.isSample ?? false,
    officeId: input.officeId ?? null,
  });
  const clerk = await journeyStaff(db, "clerk");
  const supervisor = await journeyStaff(db, "supervisor");
  let version = 0;
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    for (const step of input.steps) {
      vi.setSystemTime(mexicoCityMorning(step.on));
      const actor = step.to === "approved" || step.to === "denied" ? supervisor : clerk;
      ({ version } = await transition(
        {
          applicationId: app.id,
          expectedVersion: version,
          to: step.to,
          message: step.message,
          requirements: step.requirements,
          // A withdrawal needs its recorded basis (review L4): here, the applicant's written request.
          ...(step.to === "withdrawn" ? { evidence: "Escrito de desistimiento de la persona, folio de prueba" } : {}),
        },
        actor,
      ));
    }
  } finally {
    vi.useRealTimers();
  }
  return app.id;
}
