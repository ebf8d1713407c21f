// The layout of the emails that carry one link to act on (a confirmation, a sign-in): a heading,
// why the email came, a button, the link written out, and what happens if it is ignored.
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
import type { ReactNode } from "react";
import * as s from "./styles";

export interface OneLinkEmailProps {
  preview: string;
  heading: string;
  why: ReactNode;
  url: string;
  action: string;
  footer: ReactNode;
}

export function OneLinkEmail({ preview, heading, why, url, action, footer }: OneLinkEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={s.body}>
        <Container style={s.container}>
          <Heading as="h1" style={s.heading}>
            {heading}
          </Heading>
          <Text style={s.text}>{why}</Text>
          <Section style={{ margin: "20px 0" }}>
            <Button href={url} style={s.button}>
              {action}
            </Button>
          </Section>
          <Text style={s.muted}>Or open this link: {url}</Text>
          <Hr style={s.rule} />
          <Text style={s.muted}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
