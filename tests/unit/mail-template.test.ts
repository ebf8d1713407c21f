import { describe, expect, it } from "vitest";
import { compileBulkMessage } from "@/lib/mail/bulk";
import { compileTemplate } from "@/lib/mail/template";

describe("compileTemplate", () => {
  const fill = compileTemplate('<a href="[A]">[A]</a> · [B] ▲', { a: "[A]", b: "[B]", c: "[C]" });

  it("fills every occurrence of each marker, as UTF-8", () => {
    expect(fill({ a: "x", b: "y", c: "z" }).toString("utf8")).toBe('<a href="x">x</a> · y ▲');
  });

  it("never fills in a marker that a value brings along", () => {
    expect(fill({ a: "[B]", b: "y", c: "z" }).toString("utf8")).toBe('<a href="[B]">[B]</a> · y ▲');
  });

  it("says which markers occur", () => {
    expect([...fill.uses].sort()).toEqual(["a", "b"]);
  });
});

describe("compileBulkMessage", () => {
  const message = {
    from: "Daily Papers <papers@example.com>",
    subject: "Hello",
    html: "<p>[LINK]</p>",
    text: "[LINK]",
    headers: {},
    placeholders: { link: "[LINK]", lost: "[LOST]" },
  };

  it("refuses a message that has no place for one of its values", async () => {
    await expect(compileBulkMessage(message)).rejects.toThrow("The message has no place for lost");
  });

  it("refuses a value that would break a header line", async () => {
    const copy = await compileBulkMessage({
      ...message,
      headers: { "X-Link": "<[LINK]>" },
      placeholders: { link: "[LINK]" },
    });
    expect(() => copy("reader@example.com", { link: "x\r\nBcc: victim@example.com" })).toThrow(
      "link would break a header line",
    );
    expect(copy("reader@example.com", { link: "https://example.com/?a=1&b=2" }).raw.toString()).toContain(
      "X-Link: <https://example.com/?a=1&b=2>",
    );
  });
});
