import { jsonError, route } from "@/lib/http/errors";
import { isCrossSite } from "@/lib/http/same-origin";
import { answer } from "@/lib/members/answers";
import { signOut } from "@/lib/members/sessions";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  if (isCrossSite(request)) return jsonError(403, "Sign-out is only accepted from this site's own pages.");
  const setCookies = await signOut(request.headers);
  return answer(request, { page: "/", json: { signedIn: false }, setCookies });
});
