import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { answer } from "@/lib/members/answers";
import { signOut } from "@/lib/members/sessions";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Sign-out is only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const setCookies = await signOut(request.headers);
  return answer(request, { page: "/", json: { signedIn: false }, setCookies });
});
