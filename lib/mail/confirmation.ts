// The double opt-in email: one link that confirms the subscription.
import { createElement } from "react";
import ConfirmSubscription from "../../emails/confirm-subscription";
import { getEnv } from "../db/env";
import type { DigestFrequency } from "../generated/prisma/enums";
import { confirmSubscriptionPath } from "../http/paths";
import { renderEmail } from "./render";
import { sendOne } from "./transport";

export async function sendConfirmation(
  to: string,
  token: string,
  frequency: DigestFrequency,
  expiresInHours: number,
): Promise<void> {
  const confirmUrl = `${getEnv().APP_URL}${confirmSubscriptionPath(token)}`;
  const element = createElement(ConfirmSubscription, { confirmUrl, frequency, expiresInHours });
  const { html, text } = await renderEmail(element);
  await sendOne({ to, subject: "Confirm your Daily Papers digest", html, text });
}
