import { describe, expect, it } from "vitest";
import { mailboxKey } from "@/lib/subscriptions/address-key";

describe("mailboxKey", () => {
  it("folds +tags, and for Gmail dots and googlemail.com, into the one mailbox they reach", () => {
    expect(mailboxKey("ada+news@example.com")).toBe("ada@example.com");
    expect(mailboxKey("ada+1+2@example.com")).toBe("ada@example.com");
    expect(mailboxKey("a.d.a+x@gmail.com")).toBe("ada@gmail.com");
    expect(mailboxKey("ada@googlemail.com")).toBe("ada@gmail.com");
  });

  it("keeps dots where they matter and a leading plus as it is", () => {
    expect(mailboxKey("a.d.a@example.com")).toBe("a.d.a@example.com");
    expect(mailboxKey("+ada@example.com")).toBe("+ada@example.com");
    expect(mailboxKey("ada@gmail.com.example.org")).toBe("ada@gmail.com.example.org");
  });
});
