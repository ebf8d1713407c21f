// The forms behind a digest's links, as the server actions run them: a forged or damaged token
// changes nothing and returns to the page, which then says the link is not valid.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { preferencesToken, unsubscribeToken } from "@/lib/digest/render";
import { confirmAction, unsubscribeAction } from "@/lib/subscriptions/actions";
import { confirmationState } from "@/lib/subscriptions/subscriptions";
import { hashToken } from "@/lib/subscriptions/token-hash";
import { createSubscriber } from "../factories";

/** Where a server action redirected to: Next's redirect() throws an error carrying the target. */
async function redirectOf(action: Promise<void>): Promise<string> {
  const error = await action.then(
    () => null,
    (thrown: unknown) => thrown as { digest?: string },
  );
  const match = /^NEXT_REDIRECT;\w+;([^;]+);/.exec(error?.digest ?? "");
  if (!match) throw new Error(`the action did not redirect: ${String(error)}`);
  return match[1];
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("unsubscribeAction", () => {
  it("unsubscribes with a valid token and returns to the unsubscribe page", async () => {
    const subscriber = await createSubscriber();
    const token = unsubscribeToken(subscriber.id);
    expect(await redirectOf(unsubscribeAction(form({ token })))).toBe(
      `/unsubscribe?token=${encodeURIComponent(token)}`,
    );
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("unsubscribed");
  });

  it("changes nothing for a forged, altered or wrong-purpose token", async () => {
    const subscriber = await createSubscriber();
    for (const token of [
      "",
      "nonsense",
      `${unsubscribeToken(subscriber.id).slice(0, -2)}xx`,
      preferencesToken(subscriber.id),
    ]) {
      expect(await redirectOf(unsubscribeAction(form({ token })))).toBe(
        `/unsubscribe?token=${encodeURIComponent(token)}`,
      );
    }
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("active");
  });
});

describe("confirmAction", () => {
  it("confirms with the button's POST only: reading the link's state changes nothing", async () => {
    const token = "the-token-from-the-email";
    const subscriber = await createSubscriber({
      status: "pending",
      confirmTokenHash: hashToken(token),
      confirmTokenExpiresAt: new Date(Date.now() + 3_600_000),
    });
    for (let i = 0; i < 3; i += 1) expect(await confirmationState(token)).toBe("ready");
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("pending");

    const page = `/subscribe/confirm?token=${token}`;
    expect(await redirectOf(confirmAction(form({ token })))).toBe(`${page}&confirmed=1`);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("active");
    expect(await confirmationState(token)).toBe("used");
    // A second press, or a made-up token, confirms nothing and says nothing was confirmed.
    expect(await redirectOf(confirmAction(form({ token })))).toBe(page);
    expect(await redirectOf(confirmAction(form({ token: "made-up" })))).toBe("/subscribe/confirm?token=made-up");
  });
});
