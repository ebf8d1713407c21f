// One mailbox, however its address is spelled: `ada+news@example.com` and `ada@example.com` reach
// the same inbox, as do `a.d.a@gmail.com` and `ada@googlemail.com`. The per-address limit counts
// by this key, so that tags and dots do not multiply the confirmation emails one inbox can be sent.
// Only the limit uses it: the subscription itself keeps the address as it was typed.
const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/** The mailbox an (already normalized, lower-case) address delivers to, for rate limits. */
export function mailboxKey(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return email;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
