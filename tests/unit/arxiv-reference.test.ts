import { describe, expect, it } from "vitest";
import { parseArxivReference } from "@/lib/papers/arxiv-reference";

describe("parseArxivReference", () => {
  it.each([
    ["2406.12345", "2406.12345"],
    ["  2406.12345  ", "2406.12345"],
    ["1501.0001", "1501.0001"],
    ["2406.12345v3", "2406.12345"],
    ["arXiv:2406.12345", "2406.12345"],
    ["arxiv:2406.12345v2", "2406.12345"],
    ["https://arxiv.org/abs/2406.12345", "2406.12345"],
    ["https://arxiv.org/abs/2406.12345v2", "2406.12345"],
    ["http://www.arxiv.org/abs/2406.12345?context=cs", "2406.12345"],
    ["arxiv.org/abs/2406.12345", "2406.12345"],
    ["https://arxiv.org/pdf/2406.12345", "2406.12345"],
    ["https://arxiv.org/pdf/2406.12345v1", "2406.12345"],
    ["https://arxiv.org/pdf/2406.12345.pdf", "2406.12345"],
    ["https://arxiv.org/pdf/2406.12345v4.pdf#page=2", "2406.12345"],
    ["https://export.arxiv.org/abs/2406.12345", "2406.12345"],
    ["https://arxiv.org/html/2406.12345v1", "2406.12345"],
    ["https://huggingface.co/papers/2406.12345", "2406.12345"],
    ["huggingface.co/papers/2406.12345#community", "2406.12345"],
    ["https://hf.co/papers/2406.12345", "2406.12345"],
  ])("reads %s as %s", (input, id) => {
    expect(parseArxivReference(input)).toBe(id);
  });

  it.each([
    "",
    "   ",
    "hello",
    "2406.123",
    "2406.123456",
    "24061.2345",
    "2406.12345v",
    "2406.12345vx",
    "hep-th/9901001",
    "https://example.org/abs/2406.12345",
    "https://arxiv.org.evil.example/abs/2406.12345",
    "https://arxiv.org/list/cs.CL/recent",
    "https://arxiv.org/abs/2406.12345/extra",
    "https://huggingface.co/2406.12345",
    "https://huggingface.co/papers/not-an-id",
    "javascript:alert(1)//arxiv.org/abs/2406.12345",
    "ftp://arxiv.org/abs/2406.12345",
    `https://arxiv.org/abs/2406.12345?${"x".repeat(400)}`,
  ])("refuses %j", (input) => {
    expect(parseArxivReference(input)).toBeNull();
  });
});
