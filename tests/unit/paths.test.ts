import { describe, expect, it } from "vitest";
import {
  confirmSubscriptionPath,
  preferencesPath,
  organizationPath,
  pageSegment,
  paperPath,
  searchPath,
  spanPath,
  unsubscribeApiPath,
  unsubscribePath,
  upvoteApiPath,
  upvoteCountsApiPath,
} from "@/lib/http/paths";

describe("lib/http/paths", () => {
  it("builds the feed and paper pages' paths", () => {
    expect(spanPath("day", "2026-06-22")).toBe("/papers/date/2026-06-22");
    expect(spanPath("week", "2026-W26")).toBe("/papers/week/2026-W26");
    expect(spanPath("month", "2026-06")).toBe("/papers/month/2026-06");
    expect(paperPath("2406.12345")).toBe("/papers/2406.12345");
  });

  it("names the first page of a list without a query, and later pages with ?p=", () => {
    expect(organizationPath("AGI-LAB-HF")).toBe("/organizations/AGI-LAB-HF");
    expect(organizationPath("AGI-LAB-HF", 0)).toBe("/organizations/AGI-LAB-HF");
    expect(organizationPath("AGI-LAB-HF", 2)).toBe("/organizations/AGI-LAB-HF?p=2");
    expect(searchPath("kv cache")).toBe("/papers?q=kv+cache");
    expect(searchPath("a&p=9", 1)).toBe("/papers?q=a%26p%3D9&p=1");
  });

  it("reads the page of a /p/{page} segment as the ?p= rewrite allows it, and nothing else", () => {
    expect(pageSegment("1")).toBe(1);
    expect(pageSegment("9999")).toBe(9999);
    for (const segment of ["0", "01", "10000", "-1", "1.5", "1e3", " 1", ""]) expect(pageSegment(segment)).toBeNull();
  });

  it("encodes what a visitor or a token could put in a path", () => {
    expect(organizationPath("a/b?c")).toBe("/organizations/a%2Fb%3Fc");
    expect(upvoteApiPath("x/../y")).toBe("/api/papers/x%2F..%2Fy/upvote");
    expect(upvoteCountsApiPath(["2406.00001", "a,b"])).toBe("/api/papers/upvotes?ids=2406.00001,a%2Cb");
    expect(unsubscribePath("id.sig+/=")).toBe("/unsubscribe?token=id.sig%2B%2F%3D");
    expect(unsubscribeApiPath("t")).toBe("/api/unsubscribe?token=t");
    expect(confirmSubscriptionPath("t")).toBe("/subscribe/confirm?token=t");
    expect(preferencesPath("t")).toBe("/subscribe/preferences?token=t");
    expect(preferencesPath("t", true)).toBe("/subscribe/preferences?token=t&saved=1");
  });
});
