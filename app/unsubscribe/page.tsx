import type { Metadata } from "next";
import { buttonClass, NoticePage, SubscribeAgain } from "@/components/notice-page";
import { TokenPurpose } from "@/lib/db/signing";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { subscriberIdFromToken, subscriptionOf } from "@/lib/subscriptions/subscriptions";
import { unsubscribeAction } from "@/lib/subscriptions/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const link = subscriberIdFromToken(TokenPurpose.unsubscribe, typeof token === "string" ? token : null);
  if (!link.ok) {
    return (
      <NoticePage title="This link is not valid">
        <p>Use the unsubscribe link in your latest digest email. Nothing was changed.</p>
      </NoticePage>
    );
  }
  const subscription = await subscriptionOf(link.value);
  if (!subscription || subscription.status === SubscriberStatus.unsubscribed) {
    return (
      <NoticePage title="You are unsubscribed">
        <p>{subscription ? `${subscription.email} will get no more digests.` : "This address gets no digests."}</p>
        <SubscribeAgain />
      </NoticePage>
    );
  }
  return (
    <NoticePage title="Unsubscribe from the digest?">
      <p>
        {subscription.email} gets the {subscription.frequency} digest of trending papers.
      </p>
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass}>
          Unsubscribe
        </button>
      </form>
    </NoticePage>
  );
}
