import { Copy, Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { QualityProfile } from "@/lib/quality";

/** One quality profile: upgrades, language and its allowed qualities (the cutoff highlighted). */
export function ProfileCard({
  profile: p,
  busy,
  onEdit,
  onCopy,
  onDelete,
}: {
  profile: QualityProfile;
  busy: boolean;
  onEdit: () => void;
  onCopy: () => void;
  onDelete: () => void;
}) {
  const cutoff = p.items.find((i) => i.id === p.cutoff);
  return (
    <Card className="py-4">
      <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
        <div className="min-w-0">
          <CardTitle className="text-base">{p.name}</CardTitle>
          <p className="text-xs text-muted-foreground">
            {p.upgradeAllowed ? `Upgrades until ${cutoff?.name ?? "?"}` : "No upgrades"} ·{" "}
            {p.language === "any" ? "any language" : p.language}
          </p>
        </div>
        <div className="flex shrink-0 gap-1">
          <Button size="icon" variant="ghost" className="size-8" onClick={onEdit} aria-label={`Edit ${p.name}`}>
            <Pencil className="size-4" />
          </Button>
          <Button size="icon" variant="ghost" className="size-8" onClick={onCopy} aria-label={`Copy ${p.name}`}>
            <Copy className="size-4" />
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
        {p.items
          .filter((i) => i.allowed)
          .map((i) => (
            <Badge key={i.id} variant={i.id === p.cutoff ? "default" : "secondary"}>
              {i.name}
            </Badge>
          ))}
      </CardContent>
    </Card>
  );
}
