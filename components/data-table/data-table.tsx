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

/** Per-column classes: alignment, and `hidden sm:table-cell` for a column a phone folds away. */
export interface ColumnLayout {
  className?: string;
}

/**
 * A list as one table (TanStack Table), sortable by the headers that allow it. Responsive without a
 * second copy of the rows: columns a phone has no room for are hidden by their layout class, and
 * `fold` renders what they held under the first cell on a phone (a stacked row).
 */
export function DataTable<T extends RowData>({
  label,
  data,
  columns,
  rowId,
  initialSorting = [],
  fold,
  layout = {},
  rowProps,
}: {
  label: string;
  data: T[];
  /** From `createColumnHelper<ListFeatures, T>().columns([...])`. */
  columns: ReturnType<ColumnHelper<ListFeatures, T>["columns"]>;
  rowId: (row: T) => string;
  initialSorting?: SortingState;
  fold?: (row: T) => ReactNode;
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
  return (
    <div className="overflow-x-auto rounded-lg border">
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
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id} {...rowProps?.(row.original)}>
              {row.getAllCells().map((cell, index) => (
                <TableCell key={cell.id} className={layout[cell.column.id]?.className}>
                  <table.FlexRender cell={cell} />
                  {index === 0 && fold && <div className="mt-3 sm:hidden">{fold(row.original)}</div>}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
