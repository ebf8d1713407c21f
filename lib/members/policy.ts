// Who may create an account and who moderates, from ALLOWED_EMAIL_DOMAINS and ADMIN_EMAILS.
import { getEnv } from "../db/env";

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export function isAdminEmail(email: string): boolean {
  return getEnv().ADMIN_EMAILS.includes(email.toLowerCase());
}

/** True when the address may become a member: its domain is allowed, or it names an admin. */
export function mayCreateAccount(email: string): boolean {
  const allowed = getEnv().ALLOWED_EMAIL_DOMAINS;
  return allowed.length === 0 || allowed.includes(domainOf(email)) || isAdminEmail(email);
}

/** "example.edu" or "example.edu or example.org", for the sign-in form's message. */
export function allowedDomainsText(): string {
  const domains = getEnv().ALLOWED_EMAIL_DOMAINS;
  return domains.length <= 1 ? (domains[0] ?? "") : `${domains.slice(0, -1).join(", ")} or ${domains.at(-1)}`;
}
