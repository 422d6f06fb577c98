import { z } from "zod";
import { arrQuery } from "../route-table";

/** page, pageSize, sortKey, sortDirection: the query every paged *arr endpoint takes. */
export const pageQuery = z.object({
  page: arrQuery.int().min(1).optional(),
  pageSize: arrQuery.int().min(1).max(100_000).optional(),
  sortKey: z.string().max(100).optional(),
  sortDirection: z.enum(["default", "ascending", "descending"]).optional(),
});
