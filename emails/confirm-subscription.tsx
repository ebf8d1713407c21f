import { OneLinkEmail } from "./one-link";

export interface ConfirmSubscriptionProps {
  confirmUrl: string;
  frequency: "daily" | "weekly";
  expiresInHours: number;
}

export default function ConfirmSubscription({ confirmUrl, frequency, expiresInHours }: ConfirmSubscriptionProps) {
  return (
    <OneLinkEmail
      preview={`Confirm your ${frequency} Daily Papers digest`}
      heading="Confirm your subscription"
      why={
        <>
          Someone, hopefully you, asked for the {frequency} digest of trending papers from Daily Papers at this address.
          Confirm it to start receiving it:
        </>
      }
      url={confirmUrl}
      action="Confirm my subscription"
      footer={
        <>
          The link works once and expires in {expiresInHours} hours. If you did not ask for this, ignore this email:
          nothing will be sent to you.
        </>
      }
    />
  );
}

ConfirmSubscription.PreviewProps = {
  confirmUrl: "http://localhost:3000/subscribe/confirm?token=preview-token",
  frequency: "daily",
  expiresInHours: 48,
} satisfies ConfirmSubscriptionProps;
