import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getDb } from "@/lib/db";

const SECRET_NAME = "notification-links";
const globalForSecret = globalThis as unknown as { ventanillaLinkSecret?: Promise<Buffer> };

/**
 * The key that signs unsubscribe links: made on first use and kept in `app_secret`, so every app
 * server (and `npm run notifications:send`) signs and checks with the same key, with no secret store.
 */
async function linkSecret(): Promise<Buffer> {
  globalForSecret.ventanillaLinkSecret ??= (async () => {
    const db = getDb();
    await db.appSecret.createMany({
      data: [{ name: SECRET_NAME, value: new Uint8Array(randomBytes(32)) }],
      skipDuplicates: true,
    });
    const row = await db.appSecret.findUniqueOrThrow({ where: { name: SECRET_NAME }, select: { value: true } });
    return Buffer.from(row.value);
  })().catch((error) => {
    globalForSecret.ventanillaLinkSecret = undefined;
    throw error;
  });
  return globalForSecret.ventanillaLinkSecret;
}

function mac(secret: Buffer, applicationId: number): string {
  return createHmac("sha256", secret).update(`unsubscribe:${applicationId}`).digest("base64url").slice(0, 32);
}

/** `<id>.<hmac>`: lets the holder of an e-mail turn that application's updates off and on, nothing else. */
export async function signUnsubscribeToken(applicationId: number): Promise<string> {
  return `${applicationId}.${mac(await linkSecret(), applicationId)}`;
}

/** The application id a token was signed for, or null when it is malformed or forged. */
export async function verifyUnsubscribeToken(token: unknown): Promise<number | null> {
  if (typeof token !== "string" || token.length > 80) return null;
  const match = /^(\d{1,9})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const id = Number(match[1]);
  const expected = Buffer.from(mac(await linkSecret(), id));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** The public address messages link to: PUBLIC_BASE_URL, or the local server in development. */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** Where the message's links point: the status look-up, the page with the updates switch, the RFC 8058 endpoint. */
export function notificationLinks(locale: string, token: string) {
  const base = publicBaseUrl();
  return {
    status: `${base}/${locale}/seguimiento`,
    preferences: `${base}/${locale}/avisos?t=${encodeURIComponent(token)}`,
    oneClick: `${base}/api/v1/avisos/baja?t=${encodeURIComponent(token)}`,
  };
}
