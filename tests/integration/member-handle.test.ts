// The member chooses their handle on the account page: validated, unique, and nothing else changes.
import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/members/handle/route";
import { db } from "@/lib/db/client";
import { sessionMember, signIn } from "../support/members";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const ORIGIN = "http://localhost:3000";

async function choose(cookie: string, handle: string, form = false) {
  const response = await POST(
    new Request(`${ORIGIN}/api/members/handle`, {
      method: "POST",
      headers: {
        "content-type": form ? "application/x-www-form-urlencoded" : "application/json",
        origin: ORIGIN,
        cookie,
      },
      body: form ? new URLSearchParams({ handle }).toString() : JSON.stringify({ handle }),
    }),
    undefined,
  );
  return response;
}

describe("POST /api/members/handle", () => {
  it("changes the handle to a free, valid one and refuses the rest with a 400", async () => {
    const ada = await signIn(smtp, "ada@example.org");
    await signIn(smtp, "grace@example.org");

    const changed = await choose(ada, "  Countess-Ada ");
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ handle: "countess-ada" });
    expect((await sessionMember(ada))?.handle).toBe("countess-ada");

    for (const bad of ["grace", "-ada", "ada_lovelace", "a".repeat(41), "", "Admin", "deleted"]) {
      const refused = await choose(ada, bad);
      expect(refused.status, bad).toBe(400);
      expect((await refused.json()).error).toBeTruthy();
    }
    const form = await choose(ada, "grace", true);
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/account?handle=refused#handle-heading");
    expect(
      (await db.user.findMany({ select: { handle: true }, orderBy: { email: "asc" } })).map((u) => u.handle),
    ).toEqual(["countess-ada", "grace"]);
    expect((await choose("", "someone")).status).toBe(401);
  });

  it("never gives a new member a reserved handle from their address", async () => {
    const cookie = await signIn(smtp, "admin@example.org");
    expect((await sessionMember(cookie))?.handle).toMatch(/^admin-[0-9a-f]{6}$/);
  });
});
