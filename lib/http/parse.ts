// Client input through a zod schema: the data, or an `invalid` failure naming each bad field.
import { z } from "zod";
import { fail, ok, type Outcome } from "./outcome";

/** "limit: must be at most 100; date: …", naming each bad field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): Outcome<z.infer<T>> {
  const result = schema.safeParse(input);
  return result.success ? ok(result.data) : fail("invalid", describeZodError(result.error));
}

/** Query parameters as a plain object, for a zod schema to parse. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/**
 * The body's bytes, or `too_large` as soon as more than `maxBytes` have arrived. Content-Length can
 * be absent (chunked transfer encoding) or lie, so the count is of what actually arrives, and the
 * read stops at the first byte over the limit instead of buffering whatever a client sends.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Outcome<Buffer>> {
  const tooLarge = fail("too_large", `The request body is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge;
  if (!request.body) return ok(Buffer.alloc(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  return ok(Buffer.concat(chunks));
}

/** The body of a JSON or form post (URL-encoded or multipart) of at most `maxBytes`, as a plain object for a schema. */
export async function readJsonOrForm(request: Request, maxBytes: number, expected: string): Promise<Outcome<unknown>> {
  const type = request.headers.get("content-type") ?? "";
  const isJson = type.includes("application/json");
  if (!isJson && !type.includes("form")) return fail("unsupported_media_type", `Send JSON or form data: ${expected}.`);
  const bytes = await readBodyCapped(request, maxBytes);
  if (!bytes.ok) return bytes;
  try {
    if (isJson) return ok(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.value)));
    const form = await new Response(new Uint8Array(bytes.value), { headers: { "content-type": type } }).formData();
    return ok(Object.fromEntries([...form].map(([key, value]) => [key, typeof value === "string" ? value : ""])));
  } catch {
    return fail("invalid", "The body is not valid JSON or form data.");
  }
}
