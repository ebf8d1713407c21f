// The body of a small POST (a subscription, a submission) as JSON or form data, refused early
// when it is larger than such a request can be.
import { HttpError } from "./errors";

/** `usage` ends the 415 message: what the route expects, e.g. `{ "paper_id": "…" }`. */
export async function readSmallBody(request: Request, { maxBytes, usage }: { maxBytes: number; usage: string }): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    throw new HttpError(413, "The request is too large.");
  }
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return await request.json();
    if (type.includes("form")) return Object.fromEntries(await request.formData());
  } catch {
    throw new HttpError(400, "The body is not valid JSON or form data.");
  }
  throw new HttpError(415, `Send JSON or form data: ${usage}.`);
}
