import { Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ReleaseProfile } from "@/lib/quality";

/** One release profile: where it applies, and its terms (required plain, ignored red). */
export function ReleaseProfileCard({
  profile: p,
  indexerNames,
  busy,
  onEdit,
  onDelete,
}: {
  profile: ReleaseProfile;
  indexerNames: Map<string, string>;
  busy: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Card className="py-4">
      <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
        <div className="min-w-0">
          <CardTitle className="text-base">{p.name}</CardTitle>
          <p className="text-xs text-muted-foreground">
            {p.enabled ? "Enabled" : "Disabled"} ·{" "}
            {p.indexerIds.length ? p.indexerIds.map((id) => indexerNames.get(id) ?? id).join(", ") : "all indexers"} ·{" "}
            {p.tags.length ? `tags ${p.tags.join(", ")}` : "everything"}
          </p>
        </div>
        <div className="flex shrink-0 gap-1">
          <Button size="icon" variant="ghost" className="size-8" onClick={onEdit} aria-label={`Edit ${p.name}`}>
            <Pencil className="size-4" />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="size-8"
            onClick={onDelete}
            disabled={busy}
            aria-label={`Delete ${p.name}`}
          >
            <Trash2 className="size-4" />
          </Button>
        </div>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-1 px-4">
        {p.required.map((t) => (
          <Badge key={`r${t}`}>{t}</Badge>
        ))}
        {p.ignored.map((t) => (
          <Badge key={`i${t}`} variant="destructive">
            {t}
          </Badge>
        ))}
      </CardContent>
    </Card>
  );
}
