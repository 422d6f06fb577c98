import { Ban, CircleCheckBig, History, ListChecks } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { ReleaseState } from "@/lib/downloads";

const labels: Record<NonNullable<ReleaseState>, { text: string; title: string; icon: typeof Ban }> = {
  queued: { text: "In queue", title: "This release is in the download queue now", icon: ListChecks },
  imported: { text: "Imported", title: "This release was grabbed and imported before", icon: CircleCheckBig },
  grabbed: {
    text: "Grabbed before",
    title: "This release was grabbed before (it failed or was removed)",
    icon: History,
  },
  blocklisted: { text: "Blocklisted", title: "This release is on the blocklist and will not be grabbed", icon: Ban },
};

/** What Mydia already did with a release; nothing for one it never saw. */
export function ReleaseStateBadge({ state }: { state: ReleaseState }) {
  if (!state) return null;
  const { text, title, icon: Icon } = labels[state];
  return (
    <Badge
      variant={state === "blocklisted" ? "destructive" : "secondary"}
      className="gap-1 text-[10px]"
      title={title}
      data-release-state={state}
    >
      <Icon className="size-3" aria-hidden /> {text}
    </Badge>
  );
}
