// A digest is rendered and composed once per list of papers in a run (readers whose preferences
// give the same list share it); each subscriber's copy only differs by its recipient and the links
// that carry their token, which fill placeholders (see lib/mail/bulk.ts). Rendering React or
// composing MIME per message would cost far more than sending it.
import { createElement } from "react";
import DigestEmail from "../../emails/digest";
import { compileBulkMessage, type CopyOf, type RawMessage } from "../mail/bulk";
import { renderEmail } from "../mail/render";
import { sign, TokenPurpose } from "../db/signing";
import { editionPath, preferencesPath, unsubscribeApiPath, unsubscribePath } from "../http/paths";
import type { Edition, EditionPaper } from "./editions";
import { toDigestPaper } from "./papers";
import type { DigestPeriod } from "./period";

// Characters that survive HTML attribute escaping and the HTML-to-text conversion unchanged.
const PLACEHOLDERS = {
  unsubscribePage: "__DP_UNSUBSCRIBE_URL__",
  unsubscribeApi: "__DP_ONE_CLICK_URL__",
  preferencesPage: "__DP_PREFERENCES_URL__",
};

type Link = keyof typeof PLACEHOLDERS;

export interface RenderedDigest {
  copy: CopyOf<Link>;
  appUrl: string;
}

export async function renderDigest(
  period: DigestPeriod,
  edition: Edition,
  papers: EditionPaper[],
  { appUrl, from }: { appUrl: string; from: string },
): Promise<RenderedDigest> {
  const element = createElement(DigestEmail, {
    dateLabel: period.label,
    frequency: period.frequency,
    papers: papers.map((paper) => toDigestPaper(paper, appUrl)),
    appUrl,
    editionUrl: `${appUrl}${editionPath(edition.kind, edition.period)}`,
    unsubscribeUrl: PLACEHOLDERS.unsubscribePage,
    preferencesUrl: PLACEHOLDERS.preferencesPage,
  });
  const { html, text } = await renderEmail(element);
  const copy = await compileBulkMessage({
    from,
    subject: `Trending papers · ${period.label}`,
    html,
    text,
    // RFC 8058 one-click unsubscribe and RFC 2919 List-Id.
    headers: {
      "List-Unsubscribe": `<${PLACEHOLDERS.unsubscribeApi}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `Daily Papers <daily-papers.${new URL(appUrl).hostname}>`,
    },
    placeholders: PLACEHOLDERS,
  });
  return { copy, appUrl };
}

/** The unsubscribe link of a subscriber: an HMAC-signed id, no login or cookie needed. */
export function unsubscribeToken(subscriberId: string): string {
  return sign(TokenPurpose.unsubscribe, subscriberId);
}

/** The preference link of a subscriber, signed the same way. */
export function preferencesToken(subscriberId: string): string {
  return sign(TokenPurpose.preferences, subscriberId);
}

/** One subscriber's copy, with their own unsubscribe and preference links. */
export function personalize(digest: RenderedDigest, subscriber: { id: string; email: string }): RawMessage {
  const token = unsubscribeToken(subscriber.id);
  return digest.copy(subscriber.email, {
    unsubscribePage: `${digest.appUrl}${unsubscribePath(token)}`,
    unsubscribeApi: `${digest.appUrl}${unsubscribeApiPath(token)}`,
    preferencesPage: `${digest.appUrl}${preferencesPath(preferencesToken(subscriber.id))}`,
  });
}
