// One address of every kind of page the app renders, for the checks that must hold on all of
// them (accessibility, a quiet console). The pages behind an email link get a fresh, valid token;
// the members' pages a session of their own.
import { createHmac, randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { createPrismaClient } from "../../lib/db/create-client";
import { sign, TokenPurpose } from "../../lib/db/signing";
import { authSecret, SESSION_COOKIE } from "../../lib/members/auth-secret";
import {
  ACCOUNT_PATH,
  ADMIN_PATH,
  adminPaperPath,
  collectionPath,
  confirmSubscriptionPath,
  preferencesPath,
  organizationPath,
  paperPath,
  searchPath,
  signInConfirmPath,
  SIGN_IN_PATH,
  spanPath,
  TRENDING_PATH,
  unsubscribePath,
  userPath,
} from "../../lib/http/paths";
import { DigestFrequency, SubscriberStatus } from "../../lib/generated/prisma/enums";
import { hashToken } from "../../lib/subscriptions/token-hash";
import { E2E_ADMIN_EMAIL, E2E_BASE_URL, E2E_DATABASE, E2E_SESSION_SECRET } from "./server-config";

export interface PageType {
  name: string;
  /** The status the page answers with, and its heading: proof that it is the page meant. */
  status: number;
  heading: string | RegExp;
  /** Its address; may create what the page needs first. */
  path: () => Promise<string>;
  /** The page is a member's: the browser gets a session of this member (the admin's, or a new one). */
  member?: "member" | "admin";
}

const at = (path: string) => () => Promise.resolve(path);

/**
 * A subscriber written straight into the e2e database: the subscribe API allows 20 requests an
 * hour per client, and every browser test comes from the same one.
 */
async function createSubscriber(status: typeof SubscriberStatus.pending | typeof SubscriberStatus.active) {
  const db = createPrismaClient(`file:${E2E_DATABASE}`);
  try {
    const token = randomBytes(32).toString("base64url");
    const { id } = await db.subscriber.create({
      data: {
        email: `page-check-${randomBytes(6).toString("hex")}@example.com`,
        frequency: DigestFrequency.daily,
        status,
        confirmTokenHash: hashToken(token),
        confirmTokenExpiresAt: new Date(Date.now() + 3_600_000),
        ...(status === SubscriberStatus.active && { confirmedAt: new Date() }),
      },
      select: { id: true },
    });
    return { id, token };
  } finally {
    await db.$disconnect();
  }
}

/** A link from a digest: `page` given the token signed for `purpose`. */
async function digestLink(page: (token: string) => string, purpose: TokenPurpose) {
  const { id } = await createSubscriber(SubscriberStatus.active);
  return page(sign(purpose, id, E2E_SESSION_SECRET));
}

/**
 * Signs the browser in as Better Auth would, with a session written straight into the e2e
 * database and its cookie signed as Better Auth signs it: sign-in links are limited to 20 an hour
 * per client, and the sign-in tests spend them.
 */
export async function signInBrowser(context: BrowserContext, member: "member" | "admin") {
  const db = createPrismaClient(`file:${E2E_DATABASE}`);
  try {
    const name = `page-check-${randomBytes(6).toString("hex")}`;
    const email = member === "admin" ? E2E_ADMIN_EMAIL : `${name}@example.edu`;
    const user = await db.user.upsert({
      where: { email },
      create: { id: name, name: "", email, emailVerified: true, handle: name },
      update: {},
    });
    const token = randomBytes(24).toString("base64url");
    await db.session.create({
      data: {
        id: randomBytes(12).toString("hex"),
        token,
        userId: user.id,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    // better-call's signed cookie: the value, a dot, the standard base64 of its HMAC-SHA256.
    const signature = createHmac("sha256", authSecret(E2E_SESSION_SECRET)).update(token).digest("base64");
    await context.addCookies([
      { name: SESSION_COOKIE, value: encodeURIComponent(`${token}.${signature}`), url: E2E_BASE_URL },
    ]);
  } finally {
    await db.$disconnect();
  }
}

/** A member with a public collection of one seed paper, written straight into the e2e database. */
async function createPublicCollection(): Promise<{ handle: string; collectionId: string }> {
  const db = createPrismaClient(`file:${E2E_DATABASE}`);
  try {
    const handle = `collector-${randomBytes(6).toString("hex")}`;
    await db.user.create({
      data: { id: handle, name: "", email: `${handle}@example.edu`, emailVerified: true, handle },
    });
    const paper = await db.paper.findFirstOrThrow({ where: { feedDate: "2026-06-22" }, select: { id: true } });
    const { id } = await db.collection.create({
      data: { ownerId: handle, name: "Page check", isPublic: true, papers: { create: { paperId: paper.id } } },
    });
    return { handle, collectionId: id };
  } finally {
    await db.$disconnect();
  }
}

export const PAGE_TYPES: PageType[] = [
  { name: "day", heading: "Daily Papers", status: 200, path: at(spanPath("day", "2026-06-22")) },
  { name: "day without papers", heading: "Daily Papers", status: 200, path: at(spanPath("day", "2026-06-20")) },
  { name: "week", heading: "Daily Papers", status: 200, path: at(spanPath("week", "2026-W26")) },
  { name: "month", heading: "Daily Papers", status: 200, path: at(spanPath("month", "2026-06")) },
  {
    name: "paper",
    heading: /^Lip Forcing/,
    status: 200,
    path: at(paperPath("lip-forcing-few-step-autoregressive-diffusion-for-real-time-lip-synchronization")),
  },
  { name: "organization", heading: "KAIST AI", status: 200, path: at(organizationPath("kaist-ai")) },
  { name: "trending", heading: "Trending papers", status: 200, path: at(TRENDING_PATH) },
  { name: "search", heading: "Search: diffusion", status: 200, path: at(searchPath("diffusion")) },
  { name: "search without results", heading: "Search: quokkas", status: 200, path: at(searchPath("quokkas")) },
  {
    name: "confirm subscription",
    heading: "Confirm your subscription",
    status: 200,
    path: async () => confirmSubscriptionPath((await createSubscriber(SubscriberStatus.pending)).token),
  },
  {
    name: "unsubscribe",
    heading: "Unsubscribe from the digest?",
    status: 200,
    path: () => digestLink(unsubscribePath, TokenPurpose.unsubscribe),
  },
  {
    name: "digest preferences",
    heading: "Digest preferences",
    status: 200,
    path: () => digestLink(preferencesPath, TokenPurpose.preferences),
  },
  { name: "sign in", heading: "Sign in", status: 200, path: at(SIGN_IN_PATH) },
  {
    name: "sign-in link",
    heading: "Sign in to Daily Papers",
    status: 200,
    // Opening the link spends nothing: any token shows the page's button.
    path: at(signInConfirmPath(randomBytes(24).toString("base64url"))),
  },
  { name: "account", heading: "Your account", status: 200, path: at(ACCOUNT_PATH), member: "member" },
  { name: "moderation", heading: "Moderation", status: 200, path: at(ADMIN_PATH), member: "admin" },
  {
    name: "a paper's moderation",
    heading: /^Lip Forcing/,
    status: 200,
    path: at(adminPaperPath("lip-forcing-few-step-autoregressive-diffusion-for-real-time-lip-synchronization")),
    member: "admin",
  },
  {
    name: "public collection",
    heading: "Page check",
    status: 200,
    path: async () => collectionPath((await createPublicCollection()).collectionId),
  },
  {
    name: "member",
    heading: /^@collector-/,
    status: 200,
    path: async () => userPath((await createPublicCollection()).handle),
  },
  { name: "not found", heading: "Page not found", status: 404, path: at(paperPath("no-such-paper")) },
];
