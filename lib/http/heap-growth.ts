// V8 sizes the heap after each full collection at up to ~4× what survived it when collecting is
// cheap next to the work done, as it is for a server under steady load: the soak's server kept a
// ~600 MB heap for ~150 MB of live objects, and its RSS rose for minutes. A 1.5× ceiling kept it
// at ~280 MB, with a full collection (~20 ms, mostly concurrent) every few seconds
// (docs/decisions/0033-heap-growth-of-the-server.md).
import { setFlagsFromString } from "node:v8";

const HEAP_GROWING_PERCENT = 50;

/** Called once as the server starts: V8 reads the flag at every full collection. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
