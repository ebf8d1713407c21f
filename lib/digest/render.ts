// A digest is rendered once per run and frequency; each subscriber's copy only differs by the
// links that carry their token, which are substituted into placeholders. Rendering React per
// message would cost far more than sending it.
import { createElement } from "react";
import DigestEmail, { type DigestPaper } from "../../emails/digest";
import { renderEmail } from "../mail/render";
import type { MailMessage } from "../mail/transport";
import { sign } from "../signing";
import type { DigestPeriod } from "./period";

// Characters that survive HTML attribute escaping and the HTML-to-text conversion unchanged.
const UNSUBSCRIBE_PLACEHOLDER = "__DP_UNSUBSCRIBE_URL__";
const FREQUENCY_PLACEHOLDER = "__DP_FREQUENCY_URL__";

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
  listId: string;
  appUrl: string;
}

export async function renderDigest(period: DigestPeriod, papers: DigestPaper[], appUrl: string): Promise<RenderedDigest> {
  const element = createElement(DigestEmail, {
    dateLabel: period.label,
    frequency: period.frequency,
    papers,
    appUrl,
    unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
    frequencyUrl: FREQUENCY_PLACEHOLDER,
  });
  const { html, text } = await renderEmail(element);
  return {
    subject: `Trending papers · ${period.label}`,
    html,
    text,
    listId: `Daily Papers <daily-papers.${new URL(appUrl).hostname}>`,
    appUrl,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The unsubscribe link of a subscriber: an HMAC-signed id, no login or cookie needed. */
export function unsubscribeToken(subscriberId: string): string {
  return sign("unsubscribe", subscriberId);
}

export function frequencyToken(subscriberId: string): string {
  return sign("frequency", subscriberId);
}

/** One subscriber's message, with the RFC 8058 one-click headers and RFC 2919 List-Id. */
export function personalize(digest: RenderedDigest, subscriber: { id: string; email: string }): MailMessage {
  const token = encodeURIComponent(unsubscribeToken(subscriber.id));
  const unsubscribeApi = `${digest.appUrl}/api/unsubscribe?token=${token}`;
  const unsubscribePage = `${digest.appUrl}/unsubscribe?token=${token}`;
  const frequencyPage = `${digest.appUrl}/subscribe/frequency?token=${encodeURIComponent(frequencyToken(subscriber.id))}`;
  const fill = (body: string, escape: (value: string) => string) =>
    body.replaceAll(UNSUBSCRIBE_PLACEHOLDER, escape(unsubscribePage)).replaceAll(FREQUENCY_PLACEHOLDER, escape(frequencyPage));
  return {
    to: subscriber.email,
    subject: digest.subject,
    html: fill(digest.html, escapeHtml),
    text: fill(digest.text, (value) => value),
    headers: {
      "List-Unsubscribe": `<${unsubscribeApi}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": digest.listId,
    },
  };
}
