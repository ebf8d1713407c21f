// DKIM, against the loopback SMTP server: every copy of the digest carries its
// own signature, which a maintained verifier (mailauth, not the code that signs) accepts with the
// public key.
import { generateKeyPairSync } from "node:crypto";
import { dkimVerify } from "mailauth/lib/dkim/verify";
import { afterAll, describe, expect, it, vi } from "vitest";
import { today } from "@/lib/papers/dates";
import { createPaper, createSubscribers } from "../factories";
import { cron } from "../support/digest";
import type { ReceivedMail } from "../support/smtp-server";

const DOMAIN = "papers.example.org";
const SELECTOR = "mail2026";

const { smtp, publicKey } = await vi.hoisted(async () => {
  const { generateKeyPairSync: generate } = await import("node:crypto");
  const keys = generate("rsa", { modulusLength: 2048 });
  Object.assign(process.env, {
    MAIL_FROM: "Daily Papers <digest@papers.example.org>",
    DKIM_DOMAIN: "papers.example.org",
    DKIM_SELECTOR: "mail2026",
    // One line with \n for its line breaks, as a .env file or a platform's settings page holds it.
    DKIM_PRIVATE_KEY: keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString().replace(/\n/g, "\\n"),
  });
  const server = await (await import("../support/smtp-server")).useSmtpServer();
  return { smtp: server, publicKey: keys.publicKey.export({ type: "spki", format: "der" }).toString("base64") };
});

// Test files share a worker process: the next one must not sign.
afterAll(() => {
  for (const key of ["MAIL_FROM", "DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY"]) delete process.env[key];
});

/**
 * The one mock here: DNS. The verifier asks for the selector's TXT record; this answers it as the
 * domain's zone would publish it, and nothing else (there is no DNS to ask on this machine).
 */
function resolver(key: string) {
  return async (name: string, type: string) => {
    if (name === `${SELECTOR}._domainkey.${DOMAIN}` && type === "TXT") return [[`v=DKIM1; k=rsa; p=${key}`]];
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: "ENOTFOUND" });
  };
}

async function verify(raw: string, key = publicKey) {
  const { results } = await dkimVerify(Buffer.from(raw), { resolver: resolver(key) });
  return results.map((result) => ({
    result: result.status.result,
    domain: result.signingDomain,
    aligned: result.status.aligned,
  }));
}

/** The header fields the signature covers (its h= tag), lower-cased. */
function signedFields(mail: ReceivedMail): string[] {
  const signature = /^DKIM-Signature:([\s\S]*?)\r\n(?![ \t])/im.exec(mail.raw)![1].replace(/\s+/g, "");
  return /(?:^|;)h=([^;]+)/.exec(signature)![1].toLowerCase().split(":");
}

describe("DKIM", () => {
  it("signs each copy for its own recipient; the signature covers From, Subject and the one-click unsubscribe headers", async () => {
    await createPaper({ id: "2606.00001", title: "Signed paper", feedDate: today(), upvotes: 3 });
    await createSubscribers(["a", "b", "c", "d", "e"].map((name) => ({ email: `${name}@example.com` })));
    expect((await cron()).body).toMatchObject({ sent: 5, failed: 0 });

    expect(smtp.received).toHaveLength(5);
    for (const mail of smtp.received) {
      expect(await verify(mail.raw)).toEqual([{ result: "pass", domain: DOMAIN, aligned: DOMAIN }]);
      expect(signedFields(mail)).toEqual(
        expect.arrayContaining(["from", "subject", "to", "list-unsubscribe", "list-unsubscribe-post"]),
      );
    }

    // The signature is over this copy: another recipient's unsubscribe link, a changed subject or
    // body, or another key, and it fails.
    const [first, second] = smtp.received;
    const otherLink = /^List-Unsubscribe: .*$/m.exec(second.raw)![0];
    expect((await verify(first.raw.replace(/^List-Unsubscribe: .*$/m, otherLink)))[0].result).toBe("fail");
    expect((await verify(first.raw.replace(/^Subject: .*$/m, "Subject: Something else")))[0].result).toBe("fail");
    // mailauth reports a body that no longer matches the signed hash as "neutral", never "pass".
    const body = await dkimVerify(Buffer.from(first.raw.replace(/\r\n\r\n([\s\S]{10})/, "\r\n\r\nX$1")), {
      resolver: resolver(publicKey),
    });
    expect(body.results[0].status).toMatchObject({ result: "neutral", comment: "body hash did not verify" });
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .publicKey.export({ type: "spki", format: "der" })
      .toString("base64");
    expect((await verify(first.raw, otherKey))[0].result).toBe("fail");
  });
});
