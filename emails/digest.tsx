// One package per component rather than the @react-email/components barrel, which also loads
// Tailwind and Prism: ~40 MB more memory in every process that sends mail.
import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import * as s from "./styles";

export interface DigestPaper {
  url: string;
  title: string;
  /** The organization, the authors or "N authors"; null when unknown. */
  credit: string | null;
  upvotes: number;
  snippet: string;
}

export interface DigestEmailProps {
  /** "Jun 23, 2026" or "Week 26 of 2026 (Jun 22 – Jun 28)". */
  dateLabel: string;
  frequency: "daily" | "weekly";
  papers: DigestPaper[];
  appUrl: string;
  /** The edition in the public archive. */
  editionUrl: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
}

export default function DigestEmail({
  dateLabel,
  frequency,
  papers,
  appUrl,
  editionUrl,
  unsubscribeUrl,
  preferencesUrl,
}: DigestEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{`${papers.length} trending papers · ${dateLabel}`}</Preview>
      <Body style={s.body}>
        <Container style={s.container}>
          <Heading as="h1" style={s.heading}>
            Trending papers · {dateLabel}
          </Heading>
          <Text style={s.muted}>
            Your {frequency} digest from{" "}
            <Link href={appUrl} style={s.link}>
              Daily Papers
            </Link>
            , ranked by recent upvotes.{" "}
            <Link href={editionUrl} style={s.link}>
              View in the browser
            </Link>
          </Text>
          {papers.map((paper, index) => (
            <Section key={paper.url} style={{ marginTop: "20px" }}>
              <Heading as="h2" style={{ fontSize: "17px", lineHeight: "23px", margin: "0 0 4px" }}>
                {index + 1}.{" "}
                <Link href={paper.url} style={{ ...s.link, color: "#111827" }}>
                  {paper.title}
                </Link>
              </Heading>
              <Text style={s.muted}>
                {paper.credit ? `${paper.credit} · ` : ""}▲ {paper.upvotes} {paper.upvotes === 1 ? "upvote" : "upvotes"}
              </Text>
              <Text style={{ ...s.text, color: "#374151" }}>{paper.snippet}</Text>
            </Section>
          ))}
          <Hr style={s.rule} />
          <Text style={s.muted}>
            You get this because you subscribed to the {frequency} digest.{" "}
            <Link href={preferencesUrl} style={s.link}>
              Digest preferences
            </Link>{" "}
            ·{" "}
            <Link href={unsubscribeUrl} style={s.link}>
              Unsubscribe
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

DigestEmail.PreviewProps = {
  dateLabel: "Jun 23, 2026",
  frequency: "daily",
  appUrl: "http://localhost:3000",
  editionUrl: "http://localhost:3000/digests/daily/2026-06-23",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
  preferencesUrl: "http://localhost:3000/subscribe/preferences?token=preview",
  papers: [
    {
      url: "http://localhost:3000/papers/2606.00001",
      title: "SwiftKV: Fast Prefill-Optimized Inference",
      credit: "Snowflake",
      upvotes: 42,
      snippet: "We present SwiftKV, a model transformation that reduces prefill compute by up to 50%…",
    },
    {
      url: "http://localhost:3000/papers/lip-forcing-few-step-autoregressive-diffusion",
      title: "Lip Forcing: Few-Step Autoregressive Diffusion",
      credit: "KAIST AI",
      upvotes: 17,
      snippet: "Talking-head generation with a few denoising steps per frame…",
    },
  ],
} satisfies DigestEmailProps;
