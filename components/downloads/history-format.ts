import type { HistoryItem } from "@/lib/downloads";

/** How each history event reads, in the Activity history and on a title's page. */
export const eventLabels: Record<
  HistoryItem["event"],
  { label: string; variant: "info" | "success" | "destructive" | "secondary" }
> = {
  grabbed: { label: "Grabbed", variant: "info" },
  imported: { label: "Imported", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
  deleted: { label: "Removed", variant: "secondary" },
  upgraded: { label: "Upgraded", variant: "success" },
  replaced: { label: "Replaced by choice", variant: "info" },
  kept: { label: "Kept better file", variant: "secondary" },
  renamed: { label: "Renamed", variant: "secondary" },
};

/** One line on what happened: client and indexer of a grab, files of an import, the reason of a failure. */
export function historyDetail(item: HistoryItem): string | null {
  const d = item.data as {
    clientName?: string;
    indexerName?: string;
    reason?: string;
    files?: string[];
    replaced?: string[];
    reasons?: string[];
    kept?: { file: string; reason: string }[];
    overrideRejection?: boolean;
  };
  if (item.event === "grabbed")
    return (
      [
        d.clientName && `sent to ${d.clientName}`,
        d.indexerName && `from ${d.indexerName}`,
        d.overrideRejection && "although rejected (confirmed)",
      ]
        .filter(Boolean)
        .join(" ") || null
    );
  if (item.event === "replaced")
    return `By choice: ${d.replaced?.join(", ") ?? ""} moved to the recycle bin (${d.reasons?.join("; ") ?? ""})`;
  if (item.event === "upgraded" && d.replaced?.length) return `Replaced ${d.replaced.join(", ")}`;
  if (item.event === "kept") return d.kept?.map((k) => `${k.file}: ${k.reason}`).join("; ") ?? null;
  if (item.event === "imported")
    return d.files?.length ? `${item.data.manual ? "By hand: " : ""}${d.files.join(", ")}` : null;
  return d.reason ?? null;
}
