import { paperRoute } from "@/components/paper-route";

// Rendered on first request, then cached until a vote changes its count (or 5 minutes pass).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

const route = paperRoute({ forVoter: false });

export async function generateMetadata({ params }: Props) {
  return route.generateMetadata((await params).id);
}

export default async function PaperPage({ params }: Props) {
  return route.Page((await params).id);
}
