// Work that must not delay the answer (sending an email): Next runs it once the response has
// been sent, and keeps a serverless function alive until it ends. Its own module so that the
// Vitest suite, which calls route handlers outside a Next request, can stand in for it
// (tests/setup/after-response.ts).
export { after as afterResponse } from "next/server";
