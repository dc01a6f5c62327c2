import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readFormBody, readJsonBody } from "./read-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body that never ends: the reader must stop at the cap instead of reading it all. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024).fill(97);
  return new ReadableStream({ pull: (c) => c.enqueue(chunk) });
}

describe("capped request bodies", () => {
  it("reads a small JSON or form body", async () => {
    expect(await readJsonBody(post('{"number":"x"}', { "content-type": "application/json" }))).toEqual({ number: "x" });
    const form = await readFormBody(
      post("useful=yes&path=%2Fes", { "content-type": "application/x-www-form-urlencoded" }),
    );
    expect(form.get("path")).toBe("/es");
  });

  it("stops reading a body that goes past the cap, even without Content-Length", async () => {
    await expect(readJsonBody(post(endless(), { "content-type": "application/json" }), 4096)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });

  it("refuses an announced length over the cap before reading", async () => {
    await expect(readFormBody(post("a=1", { "content-length": "999999" }), 4096)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });
});
