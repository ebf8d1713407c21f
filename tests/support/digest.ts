// Calls the subscription and digest endpoints the way a client does, with real Requests.
import { POST as subscribePost } from "@/app/api/subscribe/route";
import { GET as cronGet } from "@/app/api/cron/digest/route";
import { POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import { settleAfterTasks } from "../setup/after-response";
import { TEST_CRON_SECRET, type ReceivedMail } from "./smtp-server";

/** POST /api/subscribe, then the work it left for after the answer (the confirmation email). */
export async function subscribe(body: unknown, client = "203.0.113.1", headers: Record<string, string> = {}) {
  const response = await subscribePost(
    new Request("http://localhost/api/subscribe", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client, host: "localhost", ...headers },
      body: JSON.stringify(body),
    }),
    undefined,
  );
  await settleAfterTasks();
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get("retry-after") };
}

export async function cron(authorization: string | null = `Bearer ${TEST_CRON_SECRET}`) {
  const headers = authorization === null ? undefined : { authorization };
  const response = await cronGet(new Request("http://localhost/api/cron/digest", { headers }), undefined);
  return { status: response.status, body: await response.json() };
}

/** The RFC 8058 one-click request a mail client sends to the List-Unsubscribe URL. */
export async function oneClickUnsubscribe(url: string) {
  const response = await unsubscribePost(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
    undefined,
  );
  return { status: response.status, body: await response.json() };
}

/** The token of the confirmation link in a confirmation email's plain-text part. */
export function confirmationToken(mail: ReceivedMail): string {
  const match = /\/subscribe\/confirm\?token=([\w-]+)/.exec(mail.parsed.text ?? "");
  if (!match) throw new Error(`No confirmation link in:\n${mail.parsed.text}`);
  return match[1];
}
