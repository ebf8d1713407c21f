import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import * as s from "./styles";

export interface ConfirmSubscriptionProps {
  confirmUrl: string;
  frequency: "daily" | "weekly";
  expiresInHours: number;
}

export default function ConfirmSubscription({ confirmUrl, frequency, expiresInHours }: ConfirmSubscriptionProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>Confirm your {frequency} Daily Papers digest</Preview>
      <Body style={s.body}>
        <Container style={s.container}>
          <Heading as="h1" style={s.heading}>
            Confirm your subscription
          </Heading>
          <Text style={s.text}>
            Someone, hopefully you, asked for the {frequency} digest of trending papers from Daily Papers at this
            address. Confirm it to start receiving it:
          </Text>
          <Section style={{ margin: "20px 0" }}>
            <Button href={confirmUrl} style={s.button}>
              Confirm my subscription
            </Button>
          </Section>
          <Text style={s.muted}>Or open this link: {confirmUrl}</Text>
          <Hr style={s.rule} />
          <Text style={s.muted}>
            The link works once and expires in {expiresInHours} hours. If you did not ask for this, ignore this email:
            nothing will be sent to you.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

ConfirmSubscription.PreviewProps = {
  confirmUrl: "http://localhost:3000/subscribe/confirm?token=preview-token",
  frequency: "daily",
  expiresInHours: 48,
} satisfies ConfirmSubscriptionProps;
