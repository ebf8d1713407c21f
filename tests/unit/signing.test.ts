import { describe, expect, it } from "vitest";
import { sign, verify } from "@/lib/db/signing";

const secret = "a-test-secret-that-is-at-least-32-characters";

describe("sign / verify", () => {
  it("round-trips a value for the same purpose and secret", () => {
    expect(verify("voter", sign("voter", "abc", secret), secret)).toBe("abc");
  });

  it("rejects another purpose, another secret, an altered value or signature, and junk", () => {
    const signed = sign("voter", "abc", secret);
    expect(verify("unsubscribe", signed, secret)).toBeNull();
    expect(verify("voter", signed, `${secret}x`)).toBeNull();
    expect(verify("voter", signed.replace("abc", "abd"), secret)).toBeNull();
    const flipped = signed.endsWith("A") ? "B" : "A";
    expect(verify("voter", `${signed.slice(0, -1)}${flipped}`, secret)).toBeNull();
    for (const junk of ["", ".", "abc", "abc.", ".sig", undefined, null]) expect(verify("voter", junk, secret)).toBeNull();
  });
});

describe("secret rotation", () => {
  const previous = "the-secret-before-the-rotation-0123456789";
  it("verifies what the previous secret signed while it is listed, and nothing once it is dropped", () => {
    const old = sign("voter", "abc", previous);
    expect(verify("voter", old, [secret, previous])).toBe("abc");
    expect(verify("voter", sign("voter", "abc", secret), [secret, previous])).toBe("abc");
    expect(verify("voter", old, [secret])).toBeNull();
    expect(verify("unsubscribe", old, [secret, previous])).toBeNull();
  });
});
