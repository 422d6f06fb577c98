"use client";

import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDownUp } from "lucide-react";
import { useMemo, useState } from "react";
import { formatBytes } from "@/components/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { InteractiveDecision, InteractiveRelease } from "@/lib/automation";
import { GrabButton, type GrabOutcome } from "../grab-button";
import { DecisionBadge, DecisionDetails } from "../release-decision";
import { ReleaseFlags } from "./release-flags";
import { ReleaseFilters } from "./release-filters";

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});
const helper = createColumnHelper<typeof features, InteractiveRelease>();

type Decisions = ReadonlyMap<string, { view: InteractiveDecision; order: number }>;
type Grab = (release: InteractiveRelease, options: { overrideRejection: boolean }) => Promise<GrabOutcome>;

const qualityRank = (r: InteractiveRelease) =>
  (r.parsed.resolution ?? 0) * 10 +
  (r.parsed.modifier === "remux" ? 5 : 0) +
  (r.parsed.source === "bluray" ? 3 : r.parsed.source === "webdl" ? 2 : r.parsed.source === "webrip" ? 1 : 0);

export function formatAge(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  const days = hours / 24;
  return days < 365 ? `${Math.round(days)} d` : `${(days / 365).toFixed(1)} y`;
}

export function peers(r: InteractiveRelease): string {
  if (r.protocol === "usenet") return r.grabs !== null ? `${r.grabs} grabs` : "usenet";
  if (r.seeders === null) return "—";
  return `${r.seeders} / ${Math.max(0, (r.peers ?? r.seeders) - r.seeders)}`;
}

function columnsFor(judged: boolean, decisions: Decisions, grab: Grab | undefined) {
  const decisionOf = (r: InteractiveRelease) => decisions.get(r.id)?.view;
  return helper.columns([
    helper.accessor((r) => r.title.toLowerCase(), {
      id: "title",
      header: "Release",
      filterFn: (row, _id, value) => row.original.title.toLowerCase().includes(String(value).trim().toLowerCase()),
      cell: ({ row: { original: r } }) => (
        <>
          <div className="truncate font-medium" title={r.title}>
            {r.infoUrl ? (
              <a href={r.infoUrl} target="_blank" rel="noreferrer noopener" className="hover:underline">
                {r.title}
              </a>
            ) : (
              r.title
            )}
          </div>
          <ReleaseFlags release={r} />
          {judged && <DecisionDetails decision={decisionOf(r)} />}
        </>
      ),
    }),
    ...(judged
      ? [
          helper.accessor((r) => decisions.get(r.id)?.order ?? Number.MAX_SAFE_INTEGER, {
            id: "rank",
            header: "Decision",
            cell: ({ row }) => <DecisionBadge decision={decisionOf(row.original)} />,
          }),
        ]
      : []),
    helper.accessor(qualityRank, {
      id: "quality",
      header: "Quality",
      sortDescFirst: true,
      filterFn: (row, _id, value) => row.original.parsed.quality === value,
      cell: ({ row }) => row.original.parsed.quality,
    }),
    helper.accessor((r) => r.size ?? -1, {
      id: "size",
      header: "Size",
      sortDescFirst: true,
      cell: ({ row }) => formatBytes(row.original.size),
    }),
    helper.accessor((r) => -(r.ageHours ?? Number.MAX_SAFE_INTEGER), {
      id: "age",
      header: "Age",
      sortDescFirst: true,
      cell: ({ row }) => formatAge(row.original.ageHours),
    }),
    helper.accessor((r) => (r.protocol === "usenet" ? (r.grabs ?? 0) : (r.seeders ?? -1)), {
      id: "peers",
      header: "Peers",
      sortDescFirst: true,
      cell: ({ row }) => peers(row.original),
    }),
    helper.accessor((r) => r.indexerName.toLowerCase(), {
      id: "indexer",
      header: "Indexer",
      filterFn: (row, _id, value) => row.original.indexerId === value,
      cell: ({ row }) => row.original.indexerName,
    }),
    ...(grab
      ? [
          helper.display({
            id: "grab",
            header: () => <span className="sr-only">Grab</span>,
            cell: ({ row }) => <GrabButton release={row.original} decision={decisionOf(row.original)} onGrab={grab} />,
          }),
        ]
      : []),
  ]);
}

const numeric = new Set(["size", "age", "peers"]);

/**
 * The releases: a sortable, filterable table (TanStack Table) where the search has the room, a
 * card list where it has not (a phone, a narrow dialog or column), both from the same filtered and
 * sorted rows. The width is the search's own (a container query), not the screen's.
 */
export function ReleaseTable({
  releases,
  indexers,
  decisions,
  judged,
  running,
  elapsedMs,
  onGrab,
}: {
  releases: InteractiveRelease[];
  indexers: { id: string; name: string }[];
  decisions: Decisions;
  judged: boolean;
  running: boolean;
  elapsedMs: number | null;
  onGrab?: Grab;
}) {
  // Searches for a catalog item are judged by its quality profile: best-ranked first by default.
  const [sorting, setSorting] = useState<SortingState>(
    judged ? [{ id: "rank", desc: false }] : [{ id: "peers", desc: true }],
  );
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const columns = useMemo(() => columnsFor(judged, decisions, onGrab), [judged, decisions, onGrab]);
  const table = useTable({
    features,
    columns,
    data: releases,
    getRowId: (r) => r.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const filterValue = (id: string) => String(columnFilters.find((f) => f.id === id)?.value ?? "");
  const setFilter = (id: string, value: string) =>
    setColumnFilters((current) => [...current.filter((f) => f.id !== id), ...(value ? [{ id, value }] : [])]);
  const qualities = useMemo(() => [...new Set(releases.map((r) => r.parsed.quality))].sort(), [releases]);

  return (
    <>
      <ReleaseFilters
        text={filterValue("title")}
        quality={filterValue("quality") || "all"}
        indexer={filterValue("indexer") || "all"}
        qualities={qualities}
        indexers={indexers}
        onText={(v) => setFilter("title", v)}
        onQuality={(v) => setFilter("quality", v === "all" ? "" : v)}
        onIndexer={(v) => setFilter("indexer", v === "all" ? "" : v)}
        summary={`${rows.length} of ${releases.length} releases${
          running ? ", searching…" : elapsedMs !== null ? ` in ${(elapsedMs / 1000).toFixed(1)} s` : ""
        }`}
      />

      <div className="hidden overflow-x-auto rounded-lg border @4xl:block">
        <Table>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const right = numeric.has(header.column.id);
                  return (
                    <TableHead
                      key={header.id}
                      className={right ? "text-right" : undefined}
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
              <TableRow key={row.id} data-release-state={row.original.state ?? "new"}>
                {row.getAllCells().map((cell) => (
                  <TableCell
                    key={cell.id}
                    className={
                      cell.column.id === "title"
                        ? "max-w-md"
                        : cell.column.id === "grab"
                          ? "text-right"
                          : numeric.has(cell.column.id)
                            ? "text-right whitespace-nowrap tabular-nums"
                            : "whitespace-nowrap"
                    }
                  >
                    <table.FlexRender cell={cell} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="space-y-2 @4xl:hidden" aria-label="Releases">
        {rows.map(({ original: r }) => (
          <li key={r.id} className="rounded-lg border p-3" data-release-state={r.state ?? "new"}>
            <p className="text-sm font-medium break-all">{r.title}</p>
            {judged && (
              <div className="mt-1">
                <DecisionBadge decision={decisions.get(r.id)?.view} />
                <DecisionDetails decision={decisions.get(r.id)?.view} />
              </div>
            )}
            <p className="mt-1 text-xs text-muted-foreground">
              {r.parsed.quality} · {formatBytes(r.size)} · {formatAge(r.ageHours)} · {peers(r)} · {r.indexerName}
            </p>
            <div className="mt-2 flex items-center justify-between gap-2">
              <ReleaseFlags release={r} />
              {onGrab && <GrabButton release={r} decision={decisions.get(r.id)?.view} onGrab={onGrab} />}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
