import { permanentRedirect } from "next/navigation";
import { preferencesPath } from "@/lib/http/paths";

// The frequency page of digests sent before the preference page replaced it: its links carry the
// same signed token, so they open the preferences.
type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function FrequencyPage({ searchParams }: Props) {
  const { token } = await searchParams;
  permanentRedirect(preferencesPath(typeof token === "string" ? token : ""));
}
