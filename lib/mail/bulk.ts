// One message for many recipients. nodemailer's MailComposer builds it once (encoded headers,
// MIME structure, boundary); each copy then fills in its recipient, Date, Message-ID and its own
// values (the links that carry a token) and goes out as a raw message. Composing every copy with
// nodemailer cost ~3 ms (content scanning, quoted-printable encoding); filling one costs microseconds.
import { randomUUID } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";
import { escapeHtml } from "../papers/text";
import { compileTemplate } from "./template";

/** A complete RFC 5322 message and the one address it goes to. */
export interface RawMessage {
  to: string;
  raw: Buffer;
}

export interface BulkMessage<K extends string> {
  from: string;
  subject: string;
  /** Both parts and the header values may hold the markers of `placeholders`. */
  html: string;
  text: string;
  headers: Record<string, string>;
  /** Name → marker. Values are plain text: they are HTML-escaped where they fill the HTML part. */
  placeholders: Record<K, string>;
}

export type CopyOf<K extends string> = (to: string, values: Record<K, string>) => RawMessage;

// Markers of the per-copy parts of the envelope; the bodies are filled as whole MIME parts.
const ENVELOPE = {
  // nodemailer writes a To header only for what parses as an address.
  to: "__DP_MAIL_TO__@placeholder.invalid",
  date: "__DP_MAIL_DATE__",
  messageId: "__DP_MAIL_MESSAGE_ID__",
  html: "__DP_MAIL_HTML_PART__",
  text: "__DP_MAIL_TEXT_PART__",
} as const;

// A plain address, written as is into a To header: no display name, quoting, spaces, line breaks
// or non-ASCII, which the subscribe form's validation never lets through anyway.
const PLAIN_ADDRESS = /^[!#-'*+\-./0-9=?A-Z^-~]+@[A-Za-z0-9.-]+$/;

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
function base64Lines(content: Buffer): Buffer {
  const encoded = Buffer.from(content.toString("base64"), "latin1");
  const breaks = Math.max(0, Math.ceil(encoded.length / 76) - 1);
  const lines = Buffer.allocUnsafe(encoded.length + 2 * breaks);
  let at = encoded.copy(lines, 0, 0, 76);
  for (let i = 76; i < encoded.length; i += 76) {
    lines[at++] = 0x0d;
    lines[at++] = 0x0a;
    at += encoded.copy(lines, at, i, i + 76);
  }
  return lines;
}

/**
 * Bodies are base64, so that a value of any length or character can be filled in without
 * breaking a transfer encoding: quoted-printable soft line breaks could split a marker, and 8bit
 * needs lines of at most 998 octets where React Email writes its HTML on one line.
 */
function part(contentType: string, body: string): string {
  return `Content-Type: ${contentType}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}`;
}

async function composeEnvelope(message: BulkMessage<string>): Promise<string> {
  const headers = Object.fromEntries(
    Object.entries(message.headers).map(([key, value]) => [key, { prepared: true, value }]),
  );
  const composer = new MailComposer({
    from: message.from,
    subject: message.subject,
    messageId: `<${ENVELOPE.messageId}>`,
    date: ENVELOPE.date,
    to: ENVELOPE.to,
    headers,
    text: { raw: part("text/plain", ENVELOPE.text) },
    html: { raw: part("text/html", ENVELOPE.html) },
  });
  const built = await composer.compile().build();
  return built.toString("utf8");
}

export async function compileBulkMessage<K extends string>(message: BulkMessage<K>): Promise<CopyOf<K>> {
  const envelope = compileTemplate(await composeEnvelope(message), { ...message.placeholders, ...ENVELOPE });
  const html = compileTemplate(message.html, message.placeholders);
  // A text part is written with CRLF line breaks (RFC 2046 §4.1.1), which html-to-text does not use.
  const text = compileTemplate(message.text.replace(/\r?\n/g, "\r\n"), message.placeholders);
  const names = Object.keys(message.placeholders) as K[];
  const unused = [
    ...names.filter((name) => !envelope.uses.has(name) && !html.uses.has(name) && !text.uses.has(name)),
    ...(Object.keys(ENVELOPE) as (keyof typeof ENVELOPE)[]).filter((name) => !envelope.uses.has(name)),
  ];
  // A value with no place (a link a reader needs, a To header) must not silently go missing from every copy.
  if (unused.length > 0) throw new Error(`The message has no place for ${unused.join(", ")}`);
  const domain = /@([^>\s]+)>?\s*$/.exec(message.from)?.[1] ?? "localhost";

  return (to, values) => {
    if (!PLAIN_ADDRESS.test(to)) throw new Error(`${JSON.stringify(to)} is not a plain email address`);
    const htmlValues = Object.fromEntries(names.map((name) => [name, escapeHtml(values[name])])) as Record<K, string>;
    for (const name of names) {
      if (envelope.uses.has(name) && /[\r\n]/.test(values[name])) throw new Error(`${name} would break a header line`);
    }
    const raw = envelope({
      ...values,
      to,
      date: new Date().toUTCString().replace("GMT", "+0000"),
      messageId: `${randomUUID()}@${domain}`,
      html: base64Lines(html(htmlValues)),
      text: base64Lines(text(values)),
    });
    return { to, raw };
  };
}
