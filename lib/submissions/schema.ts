// The zod schema of POST /api/papers/submit, for the handler and lib/openapi.
import { z } from "zod";

/** Hugging Face's name for the field: `{ "paper_id": "2406.12345" }`. */
export const submitInput = z.object({
  paper_id: z
    .string()
    .max(300, "must be at most 300 characters")
    .meta({ description: "An arXiv id (2406.12345, versioned or not) or the paper's address on arxiv.org or huggingface.co/papers." }),
});
