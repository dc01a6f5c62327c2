import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./db";
import {
  DomainError,
  errorResponse,
  isDatabaseUnavailable,
  minutesToWait,
  rateLimitedError,
  TRANSPORT_STATUS,
  unavailableResponse,
} from "./errors";

/** A port on 127.0.0.1 where nothing listens (taken, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("isDatabaseUnavailable", () => {
  it("recognises the errors Prisma and pg really raise when nothing listens on the database port", async () => {
    const url = `postgresql://postgres:postgres@127.0.0.1:${await closedPort()}/x`;
    const db = createPrismaClient(url);
    const raw = await caught(() => db.$queryRaw`SELECT 1`);
    const model = await caught(() => db.procedure.findFirst());
    const transaction = await caught(() => db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
    const client = new pg.Client({ connectionString: url });
    const plain = await caught(() => client.connect());
    for (const error of [raw, model, transaction, plain])
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("leaves other failures alone: a bug or a constraint is not an outage", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Unique constraint failed on the fields: (`number`)"), { code: "P2002" }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax error at or near"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("maps an outage to a 503 JSON answer with Retry-After and no-store", async () => {
    const response = unavailableResponse(Object.assign(new Error("x"), { code: "P1001" }))!;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
    expect(unavailableResponse(new Error("bug"))).toBeNull();
  });

  it("answers a busy resource's UNAVAILABLE with its own Retry-After (the full PDF queue)", async () => {
    const busy = new DomainError("UNAVAILABLE", "Too many documents are being prepared.", {
      params: { retryAfterSeconds: 5 },
    });
    const response = unavailableResponse(busy)!;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: "UNAVAILABLE", message: "Too many documents are being prepared.", retryAfterSeconds: 5 },
    });
    expect(unavailableResponse(new DomainError("FORBIDDEN", "no"))).toBeNull();
  });
});

describe("errorResponse", () => {
  it("answers each code with its own status, so the code in the body and the status never disagree", async () => {
    const expected = {
      NOT_FOUND: 404,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      CONFLICT: 409,
      INVALID_INPUT: 422,
      RATE_LIMITED: 429,
      UNAVAILABLE: 503,
    } as const;
    for (const [code, status] of Object.entries(expected) as [keyof typeof expected, number][]) {
      const response = errorResponse(code);
      expect(response.status, code).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ ok: false, error: { code } });
    }
  });
  it("sends Retry-After with the wait, and lets only the envelope's own statuses (413, 415) override", async () => {
    const limited = errorResponse("RATE_LIMITED", { retryAfterSeconds: 90 });
    expect(limited.headers.get("retry-after")).toBe("90");
    expect(await limited.json()).toEqual({ ok: false, error: { code: "RATE_LIMITED", retryAfterSeconds: 90 } });
    expect(errorResponse("INVALID_INPUT", { status: TRANSPORT_STATUS.bodyTooLarge }).status).toBe(413);
    expect(errorResponse("INVALID_INPUT", { status: TRANSPORT_STATUS.unsupportedMediaType }).status).toBe(415);
  });
});

describe("waiting after too many attempts", () => {
  it("rounds the wait up to whole minutes and never says 0", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(0)).toBe(1);
    const error = rateLimitedError(900);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.params).toEqual({ minutes: 15 });
  });
});
