import { describe, expect, it } from "vitest";
import { textStream } from "./respond";

describe("textStream", () => {
  it("ends after an empty last chunk instead of waiting forever (a file that filled its buffer exactly)", async () => {
    async function* chunks() {
      yield "a,b\r\n";
      yield "";
    }
    expect(await new Response(textStream(chunks())).text()).toBe("a,b\r\n");
  });
});
