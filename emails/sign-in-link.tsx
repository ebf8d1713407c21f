import { OneLinkEmail } from "./one-link";

export interface SignInLinkProps {
  signInUrl: string;
  expiresInMinutes: number;
}

export default function SignInLink({ signInUrl, expiresInMinutes }: SignInLinkProps) {
  return (
    <OneLinkEmail
      preview="Your Daily Papers sign-in link"
      heading="Sign in to Daily Papers"
      why={
        <>
          Someone, hopefully you, asked to sign in to Daily Papers with this address. Open the link, then press
          &ldquo;Sign in&rdquo; on the page it opens:
        </>
      }
      url={signInUrl}
      action="Sign in"
      footer={
        <>
          The link works once and expires in {expiresInMinutes} minutes. If you did not ask for it, ignore this email:
          nobody can sign in without it.
        </>
      }
    />
  );
}

SignInLink.PreviewProps = {
  signInUrl: "http://localhost:3000/sign-in/confirm?token=preview-token",
  expiresInMinutes: 15,
} satisfies SignInLinkProps;
