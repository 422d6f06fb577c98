/** Radarr's and Sonarr's paging parameters and their PagingResource answer. */
export interface PageQuery {
  page?: number;
  pageSize?: number;
  sortKey?: string;
  sortDirection?: "default" | "ascending" | "descending";
}

export interface PagingResource<T> {
  page: number;
  pageSize: number;
  sortKey: string;
  sortDirection: "default" | "ascending" | "descending";
  totalRecords: number;
  records: T[];
}

/**
 * One page of records sorted by `sortKey` (matched case-insensitively, the last segment of a dotted
 * key such as "movies.sortTitle"; unknown keys keep the given order).
 */
export function paged<T>(
  records: readonly T[],
  query: PageQuery,
  sortValues: Record<string, (record: T) => string | number>,
  defaultKey: string,
): PagingResource<T> {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.max(1, query.pageSize ?? 10);
  const sortKey = query.sortKey ?? defaultKey;
  const value = sortValues[sortKey.split(".").pop()!.toLowerCase()];
  const direction = query.sortDirection === "descending" ? -1 : 1;
  const sorted = value
    ? [...records].sort((a, b) => {
        const x = value(a);
        const y = value(b);
        return (x < y ? -1 : x > y ? 1 : 0) * direction;
      })
    : [...records];
  return {
    page,
    pageSize,
    sortKey,
    sortDirection: query.sortDirection ?? "default",
    totalRecords: records.length,
    records: sorted.slice((page - 1) * pageSize, page * pageSize),
  };
}
