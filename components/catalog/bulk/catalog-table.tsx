"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, Bookmark, BookmarkX } from "lucide-react";
import { useMemo } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/components/ui/utils";
import { SelectBox } from "./select-box";
import { useSelection } from "./selection";

/** One title as the table shows it (labels resolved on the server). */
export interface ListRow {
  id: string;
  href: string;
  title: string;
  year: number | null;
  status: string;
  monitored: boolean;
  /** Network and episodes (series) or runtime (movies). */
  detail: string;
  profile: string;
  library: string;
  rating: number | null;
  /** YYYY-MM-DD (UTC). */
  added: string;
}

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, ListRow>();

/** Columns hidden on narrow screens: the phone keeps select, title, year and monitoring. */
const responsive: Record<string, string> = {
  status: "max-sm:hidden",
  detail: "max-lg:hidden",
  profile: "max-md:hidden",
  library: "max-lg:hidden",
  rating: "max-sm:hidden",
  added: "max-md:hidden",
};

function columnsFor(selectable: boolean, sortable: ReadonlySet<string>) {
  return helper.columns([
    ...(selectable
      ? [
          helper.display({
            id: "select",
            header: () => <span className="sr-only">Select</span>,
            cell: ({ row }) => <SelectBox index={row.index} title={row.original.title} className="align-middle" />,
            enableSorting: false,
          }),
        ]
      : []),
    helper.accessor("title", {
      header: "Title",
      enableSorting: sortable.has("title"),
      cell: ({ row: { original: r } }) => (
        <Link href={r.href} prefetch={false} className="font-medium hover:underline">
          {r.title}
        </Link>
      ),
    }),
    helper.accessor("year", { header: "Year", enableSorting: sortable.has("year"), cell: (c) => c.getValue() ?? "—" }),
    helper.accessor("status", { header: "Status", enableSorting: false }),
    helper.accessor("monitored", {
      header: "Monitored",
      enableSorting: false,
      cell: ({ getValue }) => {
        const Icon = getValue() ? Bookmark : BookmarkX;
        return (
          <span className="inline-flex items-center gap-1.5">
            <Icon className="size-4" aria-hidden />
            <span className="max-sm:sr-only">{getValue() ? "Yes" : "No"}</span>
          </span>
        );
      },
    }),
    helper.accessor("detail", { header: "Details", enableSorting: false }),
    helper.accessor("profile", { header: "Quality profile", enableSorting: false }),
    helper.accessor("library", { header: "Library", enableSorting: false }),
    helper.accessor("rating", {
      header: "Rating",
      enableSorting: sortable.has("rating"),
      cell: (c) => c.getValue()?.toFixed(1) ?? "—",
    }),
    helper.accessor("added", { header: "Added", enableSorting: sortable.has("added") }),
  ]);
}

/**
 * The Movies/TV list as a table (TanStack Table). Sorting is the server's (10,000 titles are paged
 * there): a header click changes the URL's sort and direction, like the toolbar does.
 */
export function CatalogTable({ rows, sortable }: { rows: ListRow[]; sortable: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const selection = useSelection();
  const sort = params.get("sort") ?? "title";
  const sorting: SortingState = [{ id: sort, desc: params.get("dir") === "desc" }];
  const columns = useMemo(() => columnsFor(selection !== null, new Set(sortable)), [selection, sortable]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const [next] = typeof updater === "function" ? updater(sorting) : updater;
      if (!next) return;
      const query = new URLSearchParams(params);
      query.set("sort", next.id);
      query.set("dir", next.desc ? "desc" : "asc");
      query.delete("page");
      router.push(`${pathname}?${query.toString()}`);
    },
  });

  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const SortIcon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
                return (
                  <TableHead
                    key={header.id}
                    className={cn(responsive[header.column.id], header.column.id === "select" && "w-10")}
                    aria-sort={
                      header.column.getCanSort()
                        ? sorted === "asc"
                          ? "ascending"
                          : sorted === "desc"
                            ? "descending"
                            : "none"
                        : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 rounded hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                      >
                        <table.FlexRender header={header} />
                        <SortIcon className={cn("size-3", sorted ? "opacity-100" : "opacity-40")} aria-hidden />
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow
              key={row.id}
              data-state={
                selection && (selection.allMatching || selection.selected.has(row.id)) ? "selected" : undefined
              }
              data-testid="catalog-row"
            >
              {row.getAllCells().map((cell) => (
                <TableCell
                  key={cell.id}
                  className={cn(
                    responsive[cell.column.id],
                    cell.column.id === "title" ? "max-w-[16rem] truncate sm:max-w-md" : "whitespace-nowrap",
                  )}
                >
                  <table.FlexRender cell={cell} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
