import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getDocument } from "@/app/api/openapi.json/route";
import { db } from "@/lib/db/client";
import { openApiDocument } from "@/lib/openapi/document";
import { API_ROUTES, type ApiRoute } from "@/lib/openapi/registry";
import { createMember, createPaper } from "../factories";
import { handlerOf, paramsOf, routeFiles } from "../support/api-routes";
import { linkToken, requestLink, signIn } from "../support/members";

const EXAMPLE_ADMIN = "admin@example.org";
// The sign-in examples need a mail server; the import route's example fetches today's list from a
// Hugging Face stand-in. Both start before the environment is first read.
const { smtp, hf } = await vi.hoisted(async () => {
  process.env.ADMIN_EMAILS = "admin@example.org";
  const { startHfFixture } = await import("../support/fixtures/hf-server");
  const fixture = await startHfFixture();
  process.env.HF_ENDPOINT = fixture.url;
  const smtp = await (await import("../support/smtp-server")).useSmtpServer();
  return { smtp, hf: fixture };
});
afterAll(() => {
  delete process.env.ADMIN_EMAILS;
  return hf.close();
});
interface DescribedResponse {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: object }>;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

let exampleMember = 0;

/** The example as sent: with a signed-in member's (admin's) cookie, or a fresh sign-in token, where it needs one. */
async function prepared(route: ApiRoute): Promise<ApiRoute["example"]> {
  const example = { ...route.example, headers: { ...route.example.headers } };
  exampleMember += 1;
  if (route.security === "memberSession" || route.security === "adminSession") {
    const email = route.security === "adminSession" ? EXAMPLE_ADMIN : `example-${exampleMember}@example.org`;
    example.headers.cookie = await signIn(smtp, email);
  }
  if (route.exampleNeeds === "collection") {
    const owner = await db.user.findUniqueOrThrow({ where: { email: `example-${exampleMember}@example.org` } });
    const { id } = await db.collection.create({ data: { ownerId: owner.id, name: "Example" } });
    example.url = example.url.replace("{collection}", id);
  }
  if (route.exampleNeeds === "signInToken") {
    await requestLink(`example-${exampleMember}@example.org`);
    example.body = JSON.stringify({ token: linkToken(smtp.received.at(-1)!) });
  }
  return example;
}

async function call(route: ApiRoute, { url, headers, body }: ApiRoute["example"]) {
  const handler = await handlerOf(route);
  const request = new Request(new URL(url, "http://localhost:3000"), {
    method: route.method.toUpperCase(),
    headers,
    body,
  });
  const response = await handler(request, {
    params: Promise.resolve(paramsOf(route.path, url)),
  });
  const text = await response.text();
  return { response, body: text ? JSON.parse(text) : undefined };
}

const document = openApiDocument("http://localhost:3000");
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

function expectToMatchDocument(route: ApiRoute, status: number, response: Response, body: unknown) {
  const described = (document.paths[route.path][route.method].responses as Record<string, DescribedResponse>)[status];
  expect(described, `${route.method} ${route.path} does not describe a ${status}`).toBeDefined();
  for (const header of Object.keys(described.headers ?? {}))
    expect(response.headers.get(header), header).not.toBeNull();
  const schema = described.content?.["application/json"]?.schema;
  if (!schema) return expect(body).toBeUndefined();
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const validate = ajv.compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

describe("the OpenAPI document", () => {
  it("describes every route file and method under app/api, and nothing else", async () => {
    const implemented: string[] = [];
    for (const { file, path: apiPath } of routeFiles()) {
      const routeModule = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS)
        if (typeof routeModule[method] === "function") implemented.push(`${method.toLowerCase()} ${apiPath}`);
    }
    const described = API_ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(implemented.length).toBeGreaterThan(0);
    expect([...described].sort()).toEqual([...implemented].sort());
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it("is served at /api/openapi.json with the app's address", async () => {
    const response = await getDocument(new Request("http://localhost:3000/api/openapi.json"), undefined);
    const served = await response.json();
    expect(served.openapi).toBe("3.1.1");
    expect(served.servers).toEqual([{ url: "http://localhost:3000" }]);
    expect(Object.keys(served.paths).sort()).toEqual([...new Set(API_ROUTES.map((route) => route.path))].sort());
  });

  it("documents each query parameter from the handler's own schema", () => {
    const search = document.paths["/api/papers/search"].get;
    expect(search.parameters).toEqual([
      expect.objectContaining({ name: "q", in: "query", required: false, schema: { type: "string", maxLength: 500 } }),
      expect.objectContaining({
        name: "limit",
        in: "query",
        required: false,
        schema: { type: "integer", minimum: 1, maximum: 100, default: 20 },
      }),
      expect.objectContaining({ name: "p", in: "query", required: false }),
    ]);
    // A transformed parameter is described as sent: the string before it is parsed.
    expect(document.paths["/api/daily_papers"].get.parameters[0]).toEqual({
      name: "date",
      in: "query",
      required: false,
      description: "Like 2026-06-22.",
      schema: { type: "string" },
    });
  });
});

describe("every described route answers as described", () => {
  beforeEach(async () => {
    await createPaper({
      id: "2406.00001",
      title: "Video diffusion",
      authors: ["Ada Lovelace"],
      feedDate: "2026-06-22",
      organization: { slug: "lab", name: "Lab" },
    });
    await createPaper({
      id: "2406.00002",
      title: "Diffusion transformers",
      publishedOn: null,
      feedDate: "2026-06-22",
      upvotes: 3,
    });
    // The member the block example names.
    await createMember({ handle: "example-member" });
  });

  it.each(API_ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    "%s: the example answers its 2xx with the described body and headers",
    async (_, route) => {
      const status = Number(Object.keys(route.responses).find((code) => code.startsWith("2")));
      const { response, body } = await call(route, await prepared(route));
      expect(response.status).toBe(status);
      expectToMatchDocument(route, status, response, body);
      if (Array.isArray(body)) expect(body.length).toBeGreaterThan(0);
    },
  );

  it.each(
    API_ROUTES.filter((route) => route.query).map(
      (route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const,
    ),
  )("%s: an unknown query parameter is a described 400", async (_, route) => {
    const url = new URL(route.example.url, "http://localhost");
    url.searchParams.set("nonsense", "1");
    const { response, body } = await call(route, { ...(await prepared(route)), url: `${url.pathname}${url.search}` });
    expect(response.status).toBe(400);
    expectToMatchDocument(route, 400, response, body);
  });
});
