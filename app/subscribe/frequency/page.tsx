import type { Metadata } from "next";
import { buttonClass, NoticePage, SubscribeAgain } from "@/components/notice-page";
import { TokenPurpose } from "@/lib/db/signing";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { subscriberIdFromToken, subscriptionOf } from "@/lib/subscriptions/subscriptions";
import { FREQUENCIES } from "@/lib/subscriptions/schema";
import { changeFrequencyAction, resumeAction } from "@/lib/subscriptions/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Digest frequency", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; saved?: string }> };

export default async function FrequencyPage({ searchParams }: Props) {
  const { token, saved } = await searchParams;
  const link = subscriberIdFromToken(TokenPurpose.frequency, typeof token === "string" ? token : null);
  if (!link.ok) {
    return (
      <NoticePage title="This link is not valid">
        <p>Use the link in your latest digest email. Nothing was changed.</p>
      </NoticePage>
    );
  }
  const subscription = await subscriptionOf(link.value);
  if (subscription?.status === SubscriberStatus.suspended) {
    return (
      <NoticePage title="Your digest is suspended">
        <p>
          Mail to {subscription.email} was refused twice in a row, so we stopped sending it. If the mailbox works again,
          resume the digest.
        </p>
        <form action={resumeAction}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={buttonClass}>
            Resume the digest
          </button>
        </form>
      </NoticePage>
    );
  }
  if (subscription?.status !== SubscriberStatus.active) {
    return (
      <NoticePage title="This address is not subscribed">
        <SubscribeAgain />
      </NoticePage>
    );
  }
  return (
    <NoticePage title="How often do you want the digest?">
      <form action={changeFrequencyAction} className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <fieldset className="space-y-2">
          <legend className="mb-2">{subscription.email} gets:</legend>
          {FREQUENCIES.map((frequency) => (
            <label key={frequency} className="flex items-center gap-2">
              <input
                type="radio"
                name="frequency"
                value={frequency}
                defaultChecked={subscription.frequency === frequency}
              />
              {frequency === "daily"
                ? "Daily, the trending papers of each day"
                : "Weekly, the trending papers of each ISO week"}
            </label>
          ))}
        </fieldset>
        <button type="submit" className={buttonClass}>
          Save
        </button>
        {saved && (
          <p role="status" className="text-green-800 dark:text-green-400">
            Saved: you get the {subscription.frequency} digest.
          </p>
        )}
      </form>
    </NoticePage>
  );
}
