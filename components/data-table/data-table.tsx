"use client";

import {
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnHelper,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDownUp } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** The features every list table uses: sorting by a column header. */
export const listFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
export type ListFeatures = typeof listFeatures;

/** Per-column layout: right-aligned numbers, columns hidden below a width. */
export interface ColumnLayout {
  className?: string;
}

/**
 * A list as a table (TanStack Table): sortable by the headers that allow it, on tablets and desktops;
 * on a phone the same sorted rows are stacked cards (`card`), so nothing scrolls sideways.
 */
export function DataTable<T extends RowData>({
  label,
  data,
  columns,
  rowId,
  initialSorting = [],
  card,
  layout = {},
  rowProps,
}: {
  label: string;
  data: T[];
  /** From `createColumnHelper<ListFeatures, T>().columns([...])`. */
  columns: ReturnType<ColumnHelper<ListFeatures, T>["columns"]>;
  rowId: (row: T) => string;
  initialSorting?: SortingState;
  card: (row: T) => ReactNode;
  layout?: Record<string, ColumnLayout>;
  rowProps?: (row: T) => Record<`data-${string}`, string>;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useTable({
    features: listFeatures,
    columns,
    data,
    getRowId: rowId,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border sm:block">
        <Table aria-label={label}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const sortable = header.column.getCanSort();
                  return (
                    <TableHead
                      key={header.id}
                      className={layout[header.column.id]?.className}
                      aria-sort={
                        sortable
                          ? sorted === "asc"
                            ? "ascending"
                            : sorted === "desc"
                              ? "descending"
                              : "none"
                          : undefined
                      }
                    >
                      {sortable ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 hover:text-foreground"
                        >
                          <table.FlexRender header={header} />
                          <ArrowDownUp className={`size-3 ${sorted ? "opacity-100" : "opacity-30"}`} aria-hidden />
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
            {rows.map((row) => (
              <TableRow key={row.id} {...rowProps?.(row.original)}>
                {row.getAllCells().map((cell) => (
                  <TableCell key={cell.id} className={layout[cell.column.id]?.className}>
                    <table.FlexRender cell={cell} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="grid gap-2 sm:hidden" aria-label={label}>
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border p-3" {...rowProps?.(row.original)}>
            {card(row.original)}
          </li>
        ))}
      </ul>
    </>
  );
}
