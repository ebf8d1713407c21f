// The Better Auth instance: members sign in with a one-time emailed link, and sessions live in the
// database. It is only ever called from our own route handlers (auth.api.*); its HTTP router is not
// mounted (see docs/decisions/0013-members-better-auth-behind-our-routes.md).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { magicLink } from "better-auth/plugins/magic-link";
import { db, dialect } from "../db/client";
import { getEnv } from "../db/env";
import { sendSignInLink } from "../mail/sign-in-link";
import { uniqueHandle } from "./handle";
import { isBlocked } from "./blocked";
import { authSecret } from "./auth-secret";
import { mayCreateAccount } from "./policy";
import { SIGN_IN_LINK_MINUTES } from "./schema";

const DAY = 24 * 60 * 60;

function createAuth() {
  const env = getEnv();
  return betterAuth({
    appName: "Daily Papers",
    baseURL: env.APP_URL,
    secret: authSecret(env.SESSION_SECRET),
    trustedOrigins: [env.APP_URL],
    database: prismaAdapter(db, { provider: dialect() }),
    telemetry: { enabled: false },
    // Our routes limit sign-in requests themselves (lib/members/limits.ts).
    rateLimit: { enabled: false },
    session: { expiresIn: 30 * DAY, updateAge: DAY },
    advanced: { cookiePrefix: "dp", useSecureCookies: env.APP_URL.startsWith("https:") },
    user: {
      additionalFields: {
        handle: { type: "string", required: false, input: false },
        blockedAt: { type: "date", required: false, input: false },
      },
      // The last word on ALLOWED_EMAIL_DOMAINS: no account outside them, whichever way it is asked.
      validateUserInfo: ({ user, source }) =>
        source.action === "create-user" && !mayCreateAccount(String(user.email ?? ""))
          ? { error: "email_domain_not_allowed", errorDescription: "Accounts are limited to some email domains." }
          : undefined,
    },
    databaseHooks: {
      user: { create: { before: async (user) => ({ data: { ...user, handle: await uniqueHandle(user.email) } }) } },
      // A blocked member gets no new session, whichever way they sign in.
      session: { create: { before: async (session) => ((await isBlocked(session.userId)) ? false : undefined) } },
    },
    plugins: [
      magicLink({
        expiresIn: SIGN_IN_LINK_MINUTES * 60,
        // Only a hash is stored: a copy of the database holds no usable link.
        storeToken: "hashed",
        sendMagicLink: ({ email, token }) => sendSignInLink(email, token, SIGN_IN_LINK_MINUTES),
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { auth?: Auth };

/** The process's one Better Auth instance, made on first use (after the environment is read). */
export function getAuth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
