/**
 * The client address every per-client limit and the security log use (ASVS 2.4.1, review M1).
 *
 * Headers a client sends can say anything, so the address comes from two trusted places only:
 * - the TCP peer of the connection, which `instrumentation.ts` stamps into {@link PEER_HEADER} for every
 *   request, overwriting any copy the client sent (Next itself keeps a client-sent X-Forwarded-For and
 *   exposes no socket to route handlers, server actions or proxy.ts);
 * - with `TRUSTED_PROXIES=N` (N proxies in front, each appending to X-Forwarded-For or, like the shipped
 *   nginx.conf, overwriting it), the Nth entry from the right of the chain `X-Forwarded-For, peer`.
 *   Entries to the left of it were written by the client and are ignored.
 * IPv6 addresses are grouped by /64 (one subscriber usually holds a whole /64). Anything that is not an
 * IP address ends in one shared "invalid" bucket: a broken set-up is throttled together, never unlimited.
 */

/** Request header carrying the socket's remote address, written by the server for each request. */
export const PEER_HEADER = "x-ventanilla-peer";

/** Default: no proxy in front, the socket address is the client. */
export const DEFAULT_TRUSTED_PROXIES = 0;

/** Reads `TRUSTED_PROXIES` (a whole number 0–10); anything else is a configuration error. */
export function trustedProxiesFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_TRUSTED_PROXIES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 10 (got "${value}").`);
  return n;
}

type HeaderReader = { get(name: string): string | null };

/**
 * The client address of a request, normalised (IPv4 dotted, IPv6 as its /64 prefix), or "unknown"
 * when the server did not stamp the peer (never the case under `next start`) or "invalid".
 */
export function clientAddress(
  headers: HeaderReader,
  trustedProxies = trustedProxiesFrom(process.env.TRUSTED_PROXIES),
): string {
  const peer = headers.get(PEER_HEADER)?.trim();
  if (!peer) return "unknown";
  const forwarded =
    trustedProxies > 0
      ? (headers.get("x-forwarded-for") ?? "")
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
  const chain = [...forwarded, peer];
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - trustedProxies)]!);
}

/** "1.2.3.4", "::ffff:1.2.3.4" → "1.2.3.4"; "2001:db8:0:0:1::1" → "2001:db8:0:0::/64"; else "invalid". */
export function normaliseAddress(raw: string): string {
  let value = raw.trim().toLowerCase();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  const zone = value.indexOf("%");
  if (zone >= 0) value = value.slice(0, zone);
  if (isIPv4(value)) return value;
  const groups = expandIPv6(value);
  if (!groups) return "invalid";
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 client behind a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

function isIPv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** Eight 16-bit groups, or null when `value` is not an IPv6 address. */
function expandIPv6(value: string): number[] | null {
  if (!/^[0-9a-f:.]+$/.test(value) || !value.includes(":")) return null;
  let tail: number[] = [];
  let text = value;
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    if (!isIPv4(last)) return null;
    const [a, b, c, d] = last.split(".").map(Number) as [number, number, number, number];
    tail = [(a << 8) | b, (c << 8) | d];
    text = text.slice(0, lastColon + 1) + "0";
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === "" ? [] : s.split(":"));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  const width = 8 - (tail.length ? 1 : 0);
  const missing = width - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest].map((g) =>
    parseInt(g, 16),
  );
  if (tail.length) groups.splice(groups.length - 1, 1, ...tail);
  return groups.length === 8 ? groups : null;
}
