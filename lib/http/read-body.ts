/**
 * Request bodies of route handlers, read with a cap (review L8): the handler stops reading, and the
 * client gets 413, as soon as the body passes the cap, whether or not a proxy with its own limit is in
 * front. Server actions have theirs in next.config.ts (serverActions.bodySizeLimit).
 */

/** Largest body the JSON and form endpoints accept: their real bodies are a few hundred bytes. */
export const MAX_ENDPOINT_BODY_BYTES = 16 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body larger than ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** The body's bytes, or BodyTooLargeError once more than `limit` bytes arrived (or were announced). */
export async function readBodyBytes(
  request: Request,
  limit = MAX_ENDPOINT_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const announced = Number(request.headers.get("content-length") ?? NaN);
  if (announced > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** JSON body under the cap; SyntaxError for malformed JSON. */
export async function readJsonBody(request: Request, limit = MAX_ENDPOINT_BODY_BYTES): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await readBodyBytes(request, limit)));
}

/** Form body (urlencoded or multipart) under the cap, parsed by the platform's own parser. */
export async function readFormBody(request: Request, limit = MAX_ENDPOINT_BODY_BYTES): Promise<FormData> {
  const bytes = await readBodyBytes(request, limit);
  return new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}
