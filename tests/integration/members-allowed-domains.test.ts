// ALLOWED_EMAIL_DOMAINS: only those addresses (and ADMIN_EMAILS) may create an account, however
// the request is made; members who exist already keep signing in.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { confirmLink, linkToken, requestLink } from "../support/members";

const smtp = await vi.hoisted(async () => {
  process.env.ALLOWED_EMAIL_DOMAINS = "example.edu, Lab.example.org";
  process.env.ADMIN_EMAILS = "boss@elsewhere.example";
  return (await import("../support/smtp-server")).useSmtpServer();
});
// Test files share a worker process: the next one must not inherit these.
afterAll(() => {
  delete process.env.ALLOWED_EMAIL_DOMAINS;
  delete process.env.ADMIN_EMAILS;
});

describe("ALLOWED_EMAIL_DOMAINS", () => {
  it("refuses a link to a new address at another domain, sending nothing", async () => {
    const answer = await requestLink("mallory@example.com");
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe("Accounts here are for addresses at example.edu or lab.example.org.");
    expect(smtp.received).toHaveLength(0);
    expect(await db.verification.count()).toBe(0);
  });

  it("lets addresses at the allowed domains and the admins create an account", async () => {
    for (const email of ["ada@example.edu", "grace@lab.example.org", "boss@elsewhere.example"]) {
      expect((await requestLink(email)).status).toBe(202);
      expect((await confirmLink(linkToken(smtp.received.at(-1)!))).location).toBe("/account");
    }
    expect(await db.user.count()).toBe(3);
  });

  it("does not create an account outside them even from a link Better Auth already sent", async () => {
    // A link asked for while the address was allowed (or by calling Better Auth directly).
    const { getAuth } = await import("@/lib/members/auth");
    await getAuth().api.signInMagicLink({ body: { email: "mallory@example.com" }, headers: new Headers() });
    const refused = await confirmLink(linkToken(smtp.received.at(-1)!));
    expect(refused.location).toBe("/sign-in?failed=domain");
    expect(refused.setCookies).toEqual([]);
    expect(await db.user.count()).toBe(0);
  });

  it("keeps letting an existing member from another domain sign in", async () => {
    await db.user.create({
      data: { id: "old", name: "", email: "old@example.com", emailVerified: true, handle: "old" },
    });
    expect((await requestLink("old@example.com")).status).toBe(202);
    expect((await confirmLink(linkToken(smtp.received.at(-1)!))).location).toBe("/account");
  });
});
