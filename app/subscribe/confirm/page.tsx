import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, NoticePage, SubscribeAgain } from "@/components/notice-page";
import { confirmAction } from "@/lib/subscriptions/actions";
import { CONFIRM_TOKEN_TTL_HOURS, confirmationState } from "@/lib/subscriptions/subscriptions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; confirmed?: string | string[] }> };

const FAILURES = {
  expired: { title: "This link has expired", why: `Confirmation links work for ${CONFIRM_TOKEN_TTL_HOURS} hours.` },
  used: { title: "This link was already used", why: "Each confirmation link works once." },
  unknown: { title: "This link is not valid", why: "It may be incomplete, or a newer email replaced it." },
};

// Opening the link only shows a button: mail providers open links to scan them, and a GET that
// confirmed would subscribe addresses whose owners never asked. The button's POST confirms.
export default async function ConfirmPage({ searchParams }: Props) {
  const { token, confirmed } = await searchParams;
  const given = typeof token === "string" ? token : "";
  const state = await confirmationState(given);
  if (state === "ready") {
    return (
      <NoticePage title="Confirm your subscription">
        <p>One more click and the trending papers digest is on its way to your inbox.</p>
        <form action={confirmAction}>
          <input type="hidden" name="token" value={given} />
          <button type="submit" className={buttonClass}>
            Confirm subscription
          </button>
        </form>
      </NoticePage>
    );
  }
  if (state === "used" && confirmed === "1") {
    return (
      <NoticePage title="Subscription confirmed">
        <p>You will get the trending papers digest by email. Each digest has a link to unsubscribe in one click.</p>
        <p>
          <Link href="/papers" className="font-medium underline">
            Read today’s papers
          </Link>
        </p>
      </NoticePage>
    );
  }
  const failure = FAILURES[state];
  return (
    <NoticePage title={failure.title}>
      <p>{failure.why} Nothing was changed.</p>
      <SubscribeAgain />
    </NoticePage>
  );
}
