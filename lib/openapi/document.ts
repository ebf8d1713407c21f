// The OpenAPI 3.1 document, generated from the route registry's zod schemas with
// z.toJSONSchema (JSON Schema 2020-12, OpenAPI 3.1's own dialect). Parameters and request bodies
// are described as clients send them (io: "input": before coercion and defaults), responses as
// the handlers produce them.
import { z } from "zod";
import { SESSION_COOKIE } from "../members/auth-secret";
import { API_ROUTES, type ApiResponse, type ApiRoute } from "./registry";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // Transforms (a date string parsed into a span) are described by their input, a string.
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  // The document names its dialect once (jsonSchemaDialect); each schema does not repeat it.
  delete generated.$schema;
  return generated;
}

function parameters(schema: z.ZodObject | undefined, where: "query" | "path") {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: where,
    required: where === "path" || (object.required ?? []).includes(name),
    ...(description !== undefined && { description }),
    schema: property,
  }));
}

function response({ description, schema, headers }: ApiResponse) {
  return {
    description,
    ...(headers && {
      headers: Object.fromEntries(
        Object.entries(headers).map(([name, header]) => [
          name,
          { description: header.description, schema: jsonSchema(header.schema, "output") },
        ]),
      ),
    }),
    ...(schema && { content: { "application/json": { schema: jsonSchema(schema, "output") } } }),
  };
}

function operation(route: ApiRoute) {
  return {
    summary: route.summary,
    ...(route.description && { description: route.description }),
    operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, next?: string) => (next ?? "").toUpperCase())}`,
    parameters: [...parameters(route.pathParams, "path"), ...parameters(route.query, "query")],
    ...(route.body && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          route.body.contentTypes.map((type) => [type, { schema: jsonSchema(route.body!.schema, "input") }]),
        ),
      },
    }),
    ...(route.security && { security: [{ [route.security]: [] }] }),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, described]) => [status, response(described)]),
    ),
  };
}

export function openApiDocument(serverUrl: string, routes: ApiRoute[] = API_ROUTES) {
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.1.1",
    info: {
      title: "Daily Papers API",
      version: "1.0.0",
      description:
        "Papers, search, upvotes and the email digest of a Daily Papers site. Errors answer { error } with a 4xx or 5xx status.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        cronSecret: { type: "http", scheme: "bearer", description: "The server's CRON_SECRET." },
        memberSession: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "A signed-in member's session.",
        },
        adminSession: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "The session of a member in ADMIN_EMAILS.",
        },
      },
    },
  };
}
