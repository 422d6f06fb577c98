import { requireRequestActor } from "@/lib/accounts/next";
import { readJsonBody } from "@/lib/api";
import { DomainError, httpStatusOf, parseInput, RateLimitedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { personaInfo, type Persona } from "./persona";
import type { ArrMethod, ArrRoute } from "./route-table";
import { arrRoutes } from "./routes";

type RouteContext = { params: Promise<{ path?: string[] }> };

const json = (body: unknown, status = 200, headers?: Record<string, string>) =>
  Response.json(body, { status, headers });

/** Radarr and Sonarr answer validation failures as a list of { propertyName, errorMessage }. */
function errorAnswer(thrown: unknown): Response {
  if (thrown instanceof ValidationError) {
    const fields = (thrown.details as { fields?: Record<string, string> } | undefined)?.fields ?? {};
    const entries = Object.entries(fields);
    const list = entries.length
      ? entries.map(([propertyName, errorMessage]) => ({ propertyName, errorMessage, severity: "error" }))
      : [{ propertyName: "", errorMessage: thrown.message, severity: "error" }];
    return json(list, 400);
  }
  if (thrown instanceof DomainError) {
    const headers =
      thrown instanceof RateLimitedError ? { "Retry-After": String(thrown.retryAfterSeconds) } : undefined;
    return json({ message: thrown.message }, httpStatusOf(thrown), headers);
  }
  logger.error({ err: thrown }, "*arr API request failed");
  return json({ message: "Internal error: see the server log" }, 500);
}

interface Match {
  route: ArrRoute;
  params: Record<string, string>;
}

function matchPath(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split("/");
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.startsWith("{") && part.endsWith("}")) params[part.slice(1, -1)] = decodeURIComponent(segments[i]);
    else if (part.toLowerCase() !== segments[i].toLowerCase()) return null;
  }
  return params;
}

const literalCount = (template: string) => template.split("/").filter((part) => !part.startsWith("{")).length;

/** The most specific route for the path: `movie/lookup` before `movie/{id}`. */
export function findArrRoute(
  persona: Persona,
  method: string,
  segments: string[],
): Match | "method-not-allowed" | null {
  let best: Match | null = null;
  let pathKnown = false;
  for (const route of arrRoutes) {
    if (!route.personas.includes(persona)) continue;
    const params = matchPath(route.path, segments);
    if (!params) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    if (!best || literalCount(route.path) > literalCount(best.route.path)) best = { route, params };
  }
  return best ?? (pathKnown ? "method-not-allowed" : null);
}

/** Query keys as the schema spells them (Radarr's binder ignores case); a repeated key gives a list. */
function readQuery(route: ArrRoute, url: URL): Record<string, unknown> {
  const declared = route.query && "shape" in route.query ? Object.keys(route.query.shape as object) : [];
  const byLower = new Map(declared.map((key) => [key.toLowerCase(), key]));
  const query: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key.toLowerCase() === "apikey") continue;
    const name = byLower.get(key.toLowerCase()) ?? key;
    const values = url.searchParams.getAll(key);
    query[name] = values.length === 1 ? values[0] : values;
  }
  return query;
}

/** Clients send the key as ?apikey= (Seerr, Homepage, LunaSea), X-Api-Key (Recyclarr, Prowlarr) or Bearer. */
function keyFromQuery(url: URL): string | null {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === "apikey") return value;
  return null;
}

/** The route handlers of one persona: `/{persona}/api` and everything under `/{persona}/api/v3/`. */
export function arrRouteHandlers(persona: Persona) {
  const handle = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const segments = (await context.params).path ?? [];
      const key = keyFromQuery(url);
      if (segments.length === 0) {
        await requireRequestActor(request, "read", key);
        return json({ current: "v3", deprecated: [] });
      }
      const found = segments[0] === "v3" ? findArrRoute(persona, request.method, segments.slice(1)) : null;
      if (found === null) {
        await requireRequestActor(request, "read", key);
        return json({ message: "NotFound" }, 404);
      }
      if (found === "method-not-allowed") {
        await requireRequestActor(request, "read", key);
        return json({ message: `${request.method} is not supported here` }, 405);
      }
      const { route, params } = found;
      const actor = await requireRequestActor(request, route.access, key);
      const result = await route.handle({
        actor,
        persona,
        request,
        params: route.params ? parseInput(route.params, params) : undefined,
        query: route.query ? parseInput(route.query, readQuery(route, url)) : undefined,
        body: route.body ? parseInput(route.body, await readJsonBody(request)) : undefined,
      });
      if (result === undefined) return new Response(null, { status: route.status ?? 200 });
      return json(result, route.status ?? 200);
    } catch (error) {
      return errorAnswer(error);
    }
  };
  // Radarr and Sonarr name their version on every answer; Prowlarr's connection test reads it from `indexer/test`.
  const versioned = async (request: Request, context: RouteContext): Promise<Response> => {
    const response = await handle(request, context);
    response.headers.set("X-Application-Version", personaInfo[persona].version);
    return response;
  };
  const handlers: Record<ArrMethod, typeof handle> = {
    GET: versioned,
    POST: versioned,
    PUT: versioned,
    DELETE: versioned,
  };
  return handlers;
}
