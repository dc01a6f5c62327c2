import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/**
 * The client address of the request being served, or undefined outside a request (scripts, tests):
 * for code deep in lib/ that only logs it. Rate limits take it as an argument (clientKey()).
 */
export async function currentClientAddress(): Promise<string | undefined> {
  try {
    return clientAddress(await headers());
  } catch {
    return undefined;
  }
}
