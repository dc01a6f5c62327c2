/**
 * Builds the HTTP response of one open-data file: streamed (rows are encoded as they arrive from the
 * database, batch by batch, so a million rows never sit in memory) and conditional (weak ETag and
 * Last-Modified; a repeat answers 304 without touching the rows).
 *
 * Compression is Next's (`compress`, gzip through zlib streams). A route handler cannot compress its own
 * body: Next 16 drops a Content-Encoding header set by the handler and would send gzip bytes unlabelled.
 * And Next's compression skips route handlers whose Content-Type it copies from the Response (it lands
 * as an array, vercel/next.js#98007), so next.config.ts sets these files' Content-Type up front.
 */
import { csvRow } from "./csv";
import type { DataRow, DatasetDef, DatasetVersion } from "./types";

export type DataFormat = "csv" | "json";

export const CONTENT_TYPES: Record<DataFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/** Bytes gathered before a chunk is handed to the stream: fewer, larger writes without holding much. */
const CHUNK_BYTES = 64 * 1024;

/** True when `If-None-Match` lists this ETag (weak comparison, RFC 9110 §13.1.2) or `*`. */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** RFC 9110 §13.1.3: If-Modified-Since counts only when If-None-Match is absent. Second resolution. */
export function notModifiedSince(header: string | null, lastModified: Date): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** The file's text, piece by piece: CSV header then records, or a JSON array of objects keyed by field name. */
export async function* encodeRows(
  dataset: DatasetDef,
  format: DataFormat,
  rows: AsyncIterable<DataRow>,
): AsyncGenerator<string> {
  const names = dataset.fields.map((f) => f.name);
  let buffer = format === "csv" ? csvRow(names) : "[";
  let first = true;
  for await (const row of rows) {
    if (format === "csv") {
      buffer += csvRow(names.map((name) => row[name] ?? null));
    } else {
      const ordered: DataRow = {};
      for (const name of names) ordered[name] = row[name] ?? null;
      buffer += `${first ? "\n" : ",\n"}${JSON.stringify(ordered)}`;
      first = false;
    }
    if (buffer.length >= CHUNK_BYTES) {
      yield buffer;
      buffer = "";
    }
  }
  if (format === "json") buffer += first ? "]\n" : "\n]\n";
  yield buffer;
}

/** A byte stream pulled by the client: the next batch of rows is read only when the previous one is sent. */
export function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      // An empty chunk (the last one, when the buffer was just flushed) must not end a pull without enqueuing or
      // closing: the stream would never pull again and the download would hang.
      async pull(controller) {
        for (;;) {
          const next = await chunks.next();
          if (next.done) return controller.close();
          if (next.value) return controller.enqueue(encoder.encode(next.value));
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

export type StreamedResponseInput = {
  request: Request;
  version: DatasetVersion;
  contentType: string;
  /** Sent as an attachment with this name; inline when absent. */
  fileName?: string;
  /** Called only when the body is really sent (not for a 304 or a HEAD). */
  body: () => AsyncGenerator<string>;
  /** Shared-cache lifetime in seconds; browsers always revalidate (cheap: a 304). */
  maxAge?: number;
};

/** A conditional, streamed response. */
export function streamedResponse({
  request,
  version,
  contentType,
  fileName,
  body,
  maxAge = 300,
}: StreamedResponseInput): Response {
  const headers = new Headers({
    ETag: version.etag,
    "Last-Modified": version.lastModified.toUTCString(),
    "Cache-Control": `public, max-age=0, s-maxage=${maxAge}, must-revalidate`,
    Vary: "Accept-Encoding",
    "Access-Control-Allow-Origin": "*",
  });
  const ifNoneMatch = request.headers.get("if-none-match");
  const unchanged = ifNoneMatch
    ? etagMatches(ifNoneMatch, version.etag)
    : notModifiedSince(request.headers.get("if-modified-since"), version.lastModified);
  if (unchanged) return new Response(null, { status: 304, headers });

  headers.set("Content-Type", contentType);
  if (fileName) headers.set("Content-Disposition", `attachment; filename="${fileName}"`);
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });
  return new Response(textStream(body()), { status: 200, headers });
}

/** The response for `GET /api/v1/datos/{name}.{csv|json}`. */
export function datasetResponse(input: {
  request: Request;
  dataset: DatasetDef;
  format: DataFormat;
  version: DatasetVersion;
  rows: () => AsyncIterable<DataRow>;
  maxAge?: number;
}): Response {
  return streamedResponse({
    request: input.request,
    version: input.version,
    contentType: CONTENT_TYPES[input.format],
    fileName: `${input.dataset.name}.${input.format}`,
    body: () => encodeRows(input.dataset, input.format, input.rows()),
    maxAge: input.maxAge,
  });
}
