// Reads a small request body sent as JSON or form data, refusing anything larger than a form needs.
import { HttpError } from "./errors";

/** `hint` says what to send, for the 415 answer. */
export async function readSmallBody(request: Request, maxBytes: number, hint: string): Promise<unknown> {
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
  throw new HttpError(415, `Send JSON or form data: ${hint}.`);
}

/** True when the body came from an HTML form (its answer is a redirect, not JSON). */
export function isFormPost(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").includes("form");
}
