import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, PEER_HEADER, trustedProxiesFrom } from "./client-address";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("client address for rate limits", () => {
  it("uses the socket address and ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    const h = request({ [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" });
    expect(clientAddress(h, 0)).toBe("198.51.100.7");
  });

  it("behind one proxy takes the entry that proxy wrote, not what the client put before it", () => {
    // nginx with $proxy_add_x_forwarded_for: "<client's own claim>, <address nginx saw>"
    const h = request({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.1, 198.51.100.7" });
    expect(clientAddress(h, 1)).toBe("198.51.100.7");
    expect(clientAddress(h, 2)).toBe("203.0.113.1");
  });

  it("falls back to the furthest address it has when the chain is shorter than configured", () => {
    expect(clientAddress(request({ [PEER_HEADER]: "10.0.0.5" }), 1)).toBe("10.0.0.5");
  });

  it("fails closed: no stamp is one shared 'unknown' bucket, garbage one shared 'invalid' bucket", () => {
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("unknown");
    expect(clientAddress(request({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "not-an-ip" }), 1)).toBe("invalid");
  });

  it("groups IPv6 clients by /64 and unwraps IPv4-mapped addresses", () => {
    expect(normaliseAddress("2001:db8:abcd:12:1::7")).toBe("2001:db8:abcd:12::/64");
    expect(normaliseAddress("2001:DB8:ABCD:0012:ffff:ffff:ffff:ffff")).toBe("2001:db8:abcd:12::/64");
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("::ffff:192.0.2.33")).toBe("192.0.2.33");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("refuses what is not an address", () => {
    for (const bad of [
      "",
      "1.2.3",
      "256.1.1.1",
      "01.2.3.4",
      "1::2::3",
      "12345::",
      "a:b:c:d:e:f:0:1:2",
      "1.2.3.4:80",
      "evil",
    ])
      expect(normaliseAddress(bad)).toBe("invalid");
  });

  it("reads TRUSTED_PROXIES as a small whole number and refuses anything else", () => {
    expect(trustedProxiesFrom(undefined)).toBe(0);
    expect(trustedProxiesFrom("2")).toBe(2);
    expect(() => trustedProxiesFrom("yes")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxiesFrom("-1")).toThrow(/TRUSTED_PROXIES/);
  });
});
