// The route handlers behind the OpenAPI document's operations, called in-process the way Next
// calls them: a Request and the path parameters.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ApiRoute } from "@/lib/openapi/registry";

const API_DIR = path.resolve("app", "api");

/** app/api/papers/[id]/upvote/route.ts → /api/papers/{id}/upvote */
export function routeFiles(): { file: string; path: string }[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => ({
      file: path.join(API_DIR, file),
      path: `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}"),
    }));
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function handlerOf(route: Pick<ApiRoute, "path" | "method">): Promise<Handler> {
  const found = routeFiles().find((file) => file.path === route.path);
  const module = (await import(found!.file)) as Record<string, Handler>;
  return module[route.method.toUpperCase()];
}

/** The path parameters of a URL, read against the route's template. */
export function paramsOf(template: string, url: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"));
  const match = new RegExp(`^${pattern}$`).exec(new URL(url, "http://localhost").pathname)!;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
}
