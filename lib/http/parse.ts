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

/** The body of a JSON or form post of at most `maxBytes`, as a plain object for a schema. */
export async function readJsonOrForm(request: Request, maxBytes: number, expected: string): Promise<Outcome<unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return fail("too_large", "The request is too large.");
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return ok(await request.json());
    if (type.includes("form")) return ok(Object.fromEntries(await request.formData()));
  } catch {
    return fail("invalid", "The body is not valid JSON or form data.");
  }
  return fail("unsupported_media_type", `Send JSON or form data: ${expected}.`);
}
