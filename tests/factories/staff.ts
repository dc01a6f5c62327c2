import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/crypto";
import type { StaffRole } from "@/lib/auth/permissions";
import { generateTotpSecret } from "@/lib/auth/totp";
import { encryptTotpSecret } from "@/lib/auth/totp-crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TestStaff = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  totpSecret: string;
};

const hashes = new Map<string, Promise<string>>();

/**
 * A staff member with a unique email, a known password and an enrolled TOTP secret (stored encrypted,
 * as the app stores it). National (sees every office) unless `offices` lists the office ids they handle.
 */
export async function createStaff(
  db: PrismaClient,
  options: { role: StaffRole; enrolled?: boolean; password?: string; offices?: number[]; isDemo?: boolean },
): Promise<TestStaff> {
  const password = options.password ?? "correct horse battery staple";
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const email = `${options.role}-${randomBytes(4).toString("hex")}@example.org`;
  const totpSecret = generateTotpSecret();
  const name = `Test ${options.role} ${email.slice(-16, -12)}`;
  const id = randomUUID();
  const row = await db.staffUser.create({
    data: {
      id,
      email,
      name,
      role: options.role,
      passwordHash: await hashes.get(password)!,
      totpSecret: options.enrolled === false ? null : encryptTotpSecret(totpSecret, id),
      totpConfirmedAt: options.enrolled === false ? null : new Date(),
      national: !options.offices,
      isDemo: options.isDemo ?? false,
      ...(options.offices?.length ? { offices: { create: options.offices.map((officeId) => ({ officeId })) } } : {}),
    },
    select: { id: true },
  });
  return { id: row.id, email, name, role: options.role, password, totpSecret };
}
