/** The small set of failure codes the domain reports, and the HTTP status each maps to. */
export const errorStatus = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * The one error the domain throws. `fieldErrors` (field → message key) says which inputs were refused,
 * so a form can mark them without validating a second time; `params` fills a message's placeholders.
 */
export class DomainError extends Error {
  readonly fieldErrors?: Record<string, string>;
  readonly params?: Record<string, string | number>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; fieldErrors?: Record<string, string>; params?: Record<string, string | number> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DomainError";
    this.fieldErrors = options?.fieldErrors;
    this.params = options?.params;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Whole minutes a person is asked to wait, rounded up: "try again in {minutes} minutes" never says 0. */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** A RATE_LIMITED refusal whose `params.minutes` fills "wait {minutes} minutes". */
export function rateLimitedError(retryAfterSeconds: number, message = "Too many attempts"): DomainError {
  return new DomainError("RATE_LIMITED", message, { params: { minutes: minutesToWait(retryAfterSeconds) } });
}

/** Prisma error codes that mean "the database cannot be reached right now", not "the query is wrong". */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Driver-adapter error kinds (Prisma 7 + adapter-pg) with the same meaning. */
const UNREACHABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** PostgreSQL SQLSTATEs: connection exceptions (08…), shutdown or start-up in progress (57P01–57P03). */
const UNREACHABLE_SQLSTATE = /^(08|57P0[123])/;
const UNREACHABLE_MESSAGE =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down)/i;

/**
 * True when `error` says the database is down or unreachable (so the right answer is 503 and "try
 * again"), looking through Prisma's wrapper, the driver adapter's cause and plain `pg` errors.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth += 1) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
      cause?: unknown;
    };
    if (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNREACHABLE_SQLSTATE.test(e.code)))
      return true;
    const cause = e.meta?.driverAdapterError?.cause;
    if (
      cause &&
      (UNREACHABLE_ADAPTER_KINDS.has(String(cause.kind)) || UNREACHABLE_SQLSTATE.test(String(cause.originalCode ?? "")))
    )
      return true;
    if (typeof e.message === "string" && UNREACHABLE_MESSAGE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/** Seconds a client is asked to wait (Retry-After) when the database is unavailable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/**
 * Statuses about the HTTP envelope rather than the domain: the body passed the cap, or is not the
 * media type the endpoint reads. The code in the body stays INVALID_INPUT.
 */
export const TRANSPORT_STATUS = { bodyTooLarge: 413, unsupportedMediaType: 415 } as const;

type ErrorResponseOptions = {
  message?: string;
  /** Also sent as Retry-After (RATE_LIMITED, UNAVAILABLE). */
  retryAfterSeconds?: number;
  /** Only a TRANSPORT_STATUS; otherwise the status is the code's own (errorStatus). */
  status?: (typeof TRANSPORT_STATUS)[keyof typeof TRANSPORT_STATUS];
};

/**
 * The JSON refusal every route handler answers with: `{ ok: false, error: { code, … } }`, the status
 * that belongs to the code, never cached.
 */
export function errorResponse(code: ErrorCode, options: ErrorResponseOptions = {}): Response {
  const { message, retryAfterSeconds, status } = options;
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  return Response.json(
    {
      ok: false,
      error: {
        code,
        ...(message ? { message } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      },
    },
    { status: status ?? errorStatus[code], headers },
  );
}

/**
 * The JSON 503 a route handler answers when the database is unreachable or a DomainError says
 * UNAVAILABLE (with `params.retryAfterSeconds`), or null for any other
 * error (which the caller rethrows). Never cached; Retry-After tells clients when to come back.
 */
export function unavailableResponse(error: unknown): Response | null {
  // A busy resource that knows when to come back (the PDF render queue, lib/pdf/renderer.ts).
  if (error instanceof DomainError && error.code === "UNAVAILABLE")
    return errorResponse("UNAVAILABLE", {
      message: error.message,
      retryAfterSeconds: Number(error.params?.retryAfterSeconds ?? UNAVAILABLE_RETRY_AFTER_SECONDS),
    });
  if (!isDatabaseUnavailable(error)) return null;
  return errorResponse("UNAVAILABLE", {
    message: "The service is briefly unavailable. Try again shortly.",
    retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
  });
}
