// Signing in with an emailed link (Better Auth on our database): the link is stored hashed, works
// once and for 15 minutes, only through the POST of its page; sessions are listed and revocable.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { POST as sessionsPost } from "@/app/api/members/sessions/route";
import { POST as signOutPost } from "@/app/api/members/sign-out/route";
import { db } from "@/lib/db/client";
import { confirmLink, cookieHeader, linkToken, requestLink, sessionMember, signIn } from "../support/members";

const smtp = await vi.hoisted(async () => {
  process.env.ADMIN_EMAILS = "Admin@Example.org";
  return (await import("../support/smtp-server")).useSmtpServer();
});
// Test files share a worker process: the next one must not inherit these.
afterAll(() => {
  delete process.env.ADMIN_EMAILS;
});

const ORIGIN = "http://localhost:3000";

function formPost(
  handler: typeof sessionsPost,
  path: string,
  cookie: string,
  fields: Record<string, string> = {},
  origin = ORIGIN,
) {
  return handler(
    new Request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie },
      body: new URLSearchParams(fields).toString(),
    }),
    undefined,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe("sign-in by email link", () => {
  it("emails a link to the confirmation page and stores only a hash of its token, valid 15 minutes", async () => {
    const before = Date.now();
    const answer = await requestLink("  Ada.Lovelace@Example.org ");
    const after = Date.now();
    expect(answer.status).toBe(202);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(["ada.lovelace@example.org"]);
    expect(mail.parsed.text).toContain("http://localhost:3000/sign-in/confirm?token=");
    const token = linkToken(mail);
    const [row] = await db.verification.findMany();
    expect(row.identifier).not.toContain(token);
    expect(row.value).not.toContain(token);
    // Fifteen minutes from some moment during the request, however long a busy machine took over it.
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(after + 15 * 60_000);
    expect(await db.user.count()).toBe(0); // nobody exists until the link is used
  });

  it("signs in on the POST: a member with a handle, a database session, the member in the session endpoint", async () => {
    await requestLink("ada.lovelace+papers@example.org");
    const confirmed = await confirmLink(linkToken(smtp.received.at(-1)!));
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe("/account");
    const cookie = cookieHeader(confirmed.setCookies);
    expect(cookie).toMatch(/^dp\.session_token=/);
    expect(confirmed.setCookies[0]).toMatch(/HttpOnly/i);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada.lovelace+papers@example.org" } });
    expect(user).toMatchObject({ handle: "ada-lovelace", emailVerified: true });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await sessionMember(cookie)).toEqual({ name: "", handle: "ada-lovelace", isAdmin: false });
    expect(await sessionMember("")).toBeNull();
    expect(await sessionMember("dp.session_token=forged.value")).toBeNull();
  });

  it("gives a second member with the same name a handle of their own, and marks ADMIN_EMAILS as admins", async () => {
    await signIn(smtp, "ada@example.org");
    const second = await signIn(smtp, "ada@example.com");
    expect((await sessionMember(second))!.handle).toMatch(/^ada-[0-9a-f]{6}$/);
    const admin = await signIn(smtp, "admin@example.org");
    expect(await sessionMember(admin)).toMatchObject({
      handle: expect.stringMatching(/^admin-[0-9a-f]{6}$/),
      isAdmin: true,
    });
  });

  it("signs nobody in with a link used twice", async () => {
    await requestLink("grace@example.org");
    const token = linkToken(smtp.received.at(-1)!);
    expect((await confirmLink(token)).location).toBe("/account");
    const again = await confirmLink(token);
    expect(again.location).toBe("/sign-in?failed=link");
    expect(again.setCookies).toEqual([]);
    expect(await db.session.count()).toBe(1);
  });

  it("signs nobody in after 15 minutes, and still does at 14", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await requestLink("late@example.org");
    const late = linkToken(smtp.received.at(-1)!);
    await requestLink("early@example.org");
    const early = linkToken(smtp.received.at(-1)!);
    vi.setSystemTime(Date.now() + 14 * 60_000);
    expect((await confirmLink(early)).location).toBe("/account");
    vi.setSystemTime(Date.now() + 60_000 + 1_000);
    const expired = await confirmLink(late);
    expect(expired.location).toBe("/sign-in?failed=link");
    expect(await db.user.count({ where: { email: "late@example.org" } })).toBe(0);
  });

  it("refuses made-up tokens, bad input and requests from another site, changing nothing", async () => {
    expect((await confirmLink("not-a-real-token")).location).toBe("/sign-in?failed=link");
    expect((await requestLink("not-an-email")).status).toBe(400);
    const crossSite = await formPost(
      signOutPost,
      "/api/members/sign-in/confirm",
      "",
      { token: "x" },
      "https://evil.example",
    );
    expect(crossSite.status).toBe(403);
    expect(await db.user.count()).toBe(0);
    expect(await db.session.count()).toBe(0);
  });

  it("limits sign-in links to 5 an hour per address", async () => {
    for (let i = 0; i < 5; i += 1) expect((await requestLink("flood@example.org", `198.51.100.${i}`)).status).toBe(202);
    const sixth = await requestLink("flood@example.org", "198.51.100.99");
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatch(/too many/i);
    expect(smtp.countFor("flood@example.org")).toBe(5);
  });
});

describe("sessions", () => {
  it("signs out this browser, keeping the member's other sessions", async () => {
    const laptop = await signIn(smtp, "lin@example.org");
    const phone = await signIn(smtp, "lin@example.org");
    const out = await formPost(signOutPost, "/api/members/sign-out", laptop);
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie().join()).toMatch(/dp\.session_token=;/);
    expect(await sessionMember(laptop)).toBeNull();
    expect(await sessionMember(phone)).not.toBeNull();
  });

  it("revokes one session by id, only the member's own, and all at once", async () => {
    const laptop = await signIn(smtp, "lin@example.org");
    const phone = await signIn(smtp, "lin@example.org");
    const stranger = await signIn(smtp, "eve@example.org");
    const phoneSession = await db.session.findFirstOrThrow({
      where: { user: { email: "lin@example.org" } },
      orderBy: { createdAt: "desc" },
    });
    // Someone else cannot end it, and a visitor is told to sign in.
    expect((await formPost(sessionsPost, "/api/members/sessions", stranger, { session: phoneSession.id })).status).toBe(
      404,
    );
    expect((await formPost(sessionsPost, "/api/members/sessions", "", { session: phoneSession.id })).status).toBe(401);
    expect(
      (
        await formPost(
          sessionsPost,
          "/api/members/sessions",
          laptop,
          { session: phoneSession.id },
          "https://evil.example",
        )
      ).status,
    ).toBe(403);
    expect(await sessionMember(phone)).not.toBeNull();

    const revoked = await formPost(sessionsPost, "/api/members/sessions", laptop, { session: phoneSession.id });
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get("location")).toBe("/account");
    expect(await sessionMember(phone)).toBeNull();
    expect(await sessionMember(laptop)).not.toBeNull();

    const tablet = await signIn(smtp, "lin@example.org");
    const everywhere = await formPost(sessionsPost, "/api/members/sessions", laptop, { session: "all" });
    expect(everywhere.status).toBe(303);
    expect(await sessionMember(laptop)).toBeNull();
    expect(await sessionMember(tablet)).toBeNull();
    expect(await sessionMember(stranger)).not.toBeNull();
  });
});
