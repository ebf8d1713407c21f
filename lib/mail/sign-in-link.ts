// The sign-in email: one link to the page that confirms the sign-in with a button.
import { createElement } from "react";
import SignInLink from "../../emails/sign-in-link";
import { getEnv } from "../db/env";
import { signInConfirmPath } from "../http/paths";
import { renderEmail } from "./render";
import { sendOne } from "./transport";

export async function sendSignInLink(to: string, token: string, expiresInMinutes: number): Promise<void> {
  const signInUrl = `${getEnv().APP_URL}${signInConfirmPath(token)}`;
  const { html, text } = await renderEmail(createElement(SignInLink, { signInUrl, expiresInMinutes }));
  await sendOne({ to, subject: "Your Daily Papers sign-in link", html, text });
}
