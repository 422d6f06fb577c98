import { z } from "zod";
import type { Capability } from "@/lib/accounts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One REST endpoint: its schemas feed validation and the OpenAPI document alike. */
export interface EndpointSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  M extends Capability | "public" = Capability | "public",
> {
  method: HttpMethod;
  /** OpenAPI style, e.g. /api/v1/system/tasks/{name}/run */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** The capability it needs (lib/accounts/roles.ts); "public" only for health-style endpoints that reveal nothing. */
  access: M;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  successStatus?: number;
  /** The response's media type; application/json unless said (application/x-ndjson: one `response` per line). */
  contentType?: string;
}

export function defineEndpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
  const M extends Capability | "public",
>(spec: EndpointSpec<P, Q, B, R, M>): EndpointSpec<P, Q, B, R, M> {
  return spec;
}

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Pagination convention for list endpoints: ?page=1&pageSize=50 → { items, page, pageSize, total }. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type Pagination = z.infer<typeof paginationQuery>;

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/**
 * The body of PUT and PATCH on a resource: the fields an update may change, plus every other field
 * GET returns (id, createdAt, computed values), accepted and dropped, so that a GET body can be
 * sent back as it came (read-modify-write). handleEndpoint refuses a body id that is not the path's.
 */
export function updateBodyOf<U extends z.ZodObject, R extends z.ZodObject>(update: U, resource: R) {
  const readOnly = Object.keys(resource.shape).filter((key) => !(key in update.shape));
  const ignored = Object.fromEntries(
    readOnly.map((key) => [key, z.unknown().optional().describe("Read-only: accepted and ignored")]),
  );
  return update.extend(ignored).transform((body) => {
    const fields: Record<string, unknown> = { ...body };
    for (const key of readOnly) delete fields[key];
    return fields as z.output<U>;
  });
}

/** PUT and PATCH of one resource: the same body and the same meaning (the named fields change, the rest stay). */
export function updateEndpoints<
  P extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
  const M extends Capability | "public",
>(spec: Omit<EndpointSpec<P, z.ZodType, B, R, M>, "method" | "query">) {
  const description = [
    spec.description,
    "Fields left out keep their stored value; a body as GET returns it is accepted (read-only fields are ignored).",
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    put: defineEndpoint({ ...spec, description, method: "PUT" }),
    patch: defineEndpoint({ ...spec, description, method: "PATCH" }),
  };
}
