import type { Metadata } from "next";
import Link from "next/link";
import { NoticePage, SubscribeAgain } from "@/components/notice-page";
import { CONFIRM_TOKEN_TTL_HOURS, confirmSubscription, type ConfirmOutcome } from "@/lib/subscriptions/subscriptions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const FAILURES: Record<Exclude<ConfirmOutcome, "confirmed">, { title: string; why: string }> = {
  expired: { title: "This link has expired", why: `Confirmation links work for ${CONFIRM_TOKEN_TTL_HOURS} hours.` },
  used: { title: "This link was already used", why: "Each confirmation link works once." },
  unknown: { title: "This link is not valid", why: "It may be incomplete, or a newer email replaced it." },
};

export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const outcome = await confirmSubscription(typeof token === "string" ? token : "");
  if (outcome === "confirmed") {
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
  const failure = FAILURES[outcome];
  return (
    <NoticePage title={failure.title}>
      <p>{failure.why} Nothing was changed.</p>
      <SubscribeAgain />
    </NoticePage>
  );
}
