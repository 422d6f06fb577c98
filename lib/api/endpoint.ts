import { z } from "zod";
import type { Role } from "@/lib/accounts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One REST endpoint: its schemas feed validation and the OpenAPI document alike. */
export interface EndpointSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  M extends Role | "public" = Role | "public",
> {
  method: HttpMethod;
  /** OpenAPI style, e.g. /api/v1/system/tasks/{name}/run */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** Minimum role; "public" only for health-style endpoints that reveal nothing. */
  minRole: M;
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
  const M extends Role | "public",
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
