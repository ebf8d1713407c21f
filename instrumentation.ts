// Next calls register() once as the server starts, before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/http/outside-requests")).captureOutsideRequests();
  (await import("./lib/http/heap-growth")).limitHeapGrowth();
}
