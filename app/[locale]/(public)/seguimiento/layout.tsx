import { connection } from "next/server";
import type { ReactNode } from "react";

/**
 * The look-up and the status page render per request, never pre-rendered: they carry a per-request
 * CSP nonce (proxy.ts), which a page built once at build time could not have.
 */
export default async function LookupLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
