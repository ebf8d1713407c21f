// The import variables are validated with the rest of the environment, naming each bad one.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/db/env";

const base = { SESSION_SECRET: "x".repeat(32) };

describe("import configuration", () => {
  it("defaults to Hugging Face, arXiv's 3-second spacing, and MAIL_FROM's address as the contact", () => {
    const env = parseEnv({ ...base, MAIL_FROM: "Reading Group <papers@group.example>" });
    expect(env).toMatchObject({
      IMPORT_SOURCES: ["hf"],
      IMPORT_CONTACT_EMAIL: "papers@group.example",
      ARXIV_REQUEST_INTERVAL_MS: 3000,
      ARXIV_API_URL: "http://export.arxiv.org/api/query",
      HF_ENDPOINT: "https://huggingface.co",
    });
  });

  it("reads lists and trims trailing slashes", () => {
    const env = parseEnv({ ...base, IMPORT_SOURCES: "hf, arxiv,hf", ARXIV_CATEGORIES: "cs.CL, cs.LG", HF_ENDPOINT: "http://127.0.0.1:9000/" });
    expect(env).toMatchObject({ IMPORT_SOURCES: ["hf", "arxiv"], ARXIV_CATEGORIES: ["cs.CL", "cs.LG"], HF_ENDPOINT: "http://127.0.0.1:9000" });
  });

  it("names each bad variable", () => {
    const all = () => parseEnv({ ...base, IMPORT_SOURCES: "hf,semantic-scholar", ARXIV_CATEGORIES: "cs.CL;cs.LG", IMPORT_CONTACT_EMAIL: "nobody", HF_ENDPOINT: "ftp://hf" });
    for (const key of ["IMPORT_SOURCES", "ARXIV_CATEGORIES", "IMPORT_CONTACT_EMAIL", "HF_ENDPOINT"]) expect(all).toThrow(new RegExp(`\\n  ${key}`));
    for (const [key, value] of Object.entries({ IMPORT_SOURCES: "semantic-scholar", ARXIV_CATEGORIES: "cs.CL;cs.LG", IMPORT_CONTACT_EMAIL: "nobody", HF_ENDPOINT: "ftp://hf", ARXIV_REQUEST_INTERVAL_MS: "-1" })) {
      expect(() => parseEnv({ ...base, [key]: value }), key).toThrow(new RegExp(`^Invalid environment variables:\\n  ${key}`));
    }
  });
});
