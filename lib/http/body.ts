// Request bodies, read with a cap on their bytes while they stream in: Content-Length can be
// absent (chunked transfer encoding) or lie, so the count is of what actually arrives, and the
// read stops at the first byte over the limit instead of buffering whatever a client sends.
import { HttpError } from "./errors";

/** The body's bytes, or a 413 as soon as more than `maxBytes` have arrived. */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `The request body is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A JSON or form body (URL-encoded or multipart) as a plain object, for a zod schema to parse. */
export async function readJsonOrForm(request: Request, maxBytes: number, expected: string): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  const isJson = type.includes("application/json");
  if (!isJson && !type.includes("form")) throw new HttpError(415, `Send JSON or form data: ${expected}.`);
  const bytes = await readBodyCapped(request, maxBytes);
  try {
    if (isJson) return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
    return Object.fromEntries([...form].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
  } catch {
    throw new HttpError(400, "The body is not valid JSON or form data.");
  }
}
