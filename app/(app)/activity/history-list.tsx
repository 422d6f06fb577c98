"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type ListFeatures } from "@/components/data-table/data-table";
import { TitleCell } from "@/components/downloads/title-cell";
import { eventLabels, historyDetail } from "@/components/downloads/history-format";
import { Badge } from "@/components/ui/badge";
import type { HistoryItem } from "@/lib/downloads";
import { formatWhen } from "./format";

const helper = createColumnHelper<ListFeatures, HistoryItem>();

// The server pages and orders the history (newest first), so the columns display and do not sort a single page.
const columns = helper.columns([
  helper.display({
    id: "title",
    header: "Title",
    cell: ({ row: { original: item } }) => {
      const detail = historyDetail(item);
      return (
        <>
          <TitleCell subject={item.subject} release={item.title} className="text-sm" />
          {detail && <p className="mt-1 text-xs [overflow-wrap:anywhere] text-muted-foreground">{detail}</p>}
        </>
      );
    },
  }),
  helper.display({
    id: "event",
    header: "Event",
    cell: ({ row: { original: item } }) => (
      <Badge variant={eventLabels[item.event].variant}>{eventLabels[item.event].label}</Badge>
    ),
  }),
  helper.display({
    id: "when",
    header: "When",
    cell: ({ row: { original: item } }) => <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>,
  }),
]);

/** One page of the download history: what happened, to which title, and when; on a phone the time folds under the title. */
export function HistoryList({ items }: { items: HistoryItem[] }) {
  return (
    <DataTable
      label="Download history"
      data={items}
      columns={columns}
      rowId={(item) => item.id}
      rowProps={() => ({ "data-testid": "history-row" })}
      layout={{
        title: { className: "min-w-0 whitespace-normal" },
        when: { className: "hidden text-muted-foreground sm:table-cell" },
      }}
      fold={(item) => (
        <time dateTime={item.createdAt} className="text-xs text-muted-foreground">
          {formatWhen(item.createdAt)}
        </time>
      )}
    />
  );
}
