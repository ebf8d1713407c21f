import type { Metadata } from "next";
import { buttonClass, NoticePage, SubscribeAgain } from "@/components/notice-page";
import { PreferencesForm } from "@/components/preferences-form";
import { TokenPurpose } from "@/lib/db/signing";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { resumeAction } from "@/lib/subscriptions/actions";
import { nextDigestAt, readerSettings } from "@/lib/subscriptions/preference-store";
import { subscriberIdFromToken } from "@/lib/subscriptions/subscriptions";
import { DIGEST_SIZES } from "@/lib/subscriptions/preferences";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Digest preferences", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; saved?: string }> };

export default async function PreferencesPage({ searchParams }: Props) {
  const { token, saved } = await searchParams;
  const link = subscriberIdFromToken(TokenPurpose.preferences, typeof token === "string" ? token : null);
  if (!link.ok) {
    return (
      <NoticePage title="This link is not valid">
        <p>Use the link in your latest digest email. Nothing was changed.</p>
      </NoticePage>
    );
  }
  const settings = await readerSettings(link.value);
  if (settings?.status === SubscriberStatus.suspended) {
    return (
      <NoticePage title="Your digest is suspended">
        <p>
          Mail to {settings.email} was refused twice in a row, so we stopped sending it. If the mailbox works again,
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
  if (settings?.status !== SubscriberStatus.active) {
    return (
      <NoticePage title="This address is not subscribed">
        <SubscribeAgain />
      </NoticePage>
    );
  }
  const next = await nextDigestAt(link.value, settings.preferences);
  return (
    <NoticePage title="Digest preferences">
      <p>
        For {settings.email}. Changes apply from the next digest
        {next ? (
          <>
            , due on <NextDigest at={next} timeZone={settings.preferences.timeZone} />.
          </>
        ) : (
          ": none is due within a year, as the digest is paused."
        )}
      </p>
      {saved && (
        <p role="status" className="font-medium text-green-800 dark:text-green-400">
          Saved.
        </p>
      )}
      <PreferencesForm
        token={token as string}
        preferences={settings.preferences}
        timeZones={Intl.supportedValuesOf("timeZone")}
        sizes={DIGEST_SIZES}
      />
    </NoticePage>
  );
}

function NextDigest({ at, timeZone }: { at: Date; timeZone: string }) {
  const local = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(at);
  return (
    <time dateTime={at.toISOString()}>
      {local} ({timeZone})
    </time>
  );
}
