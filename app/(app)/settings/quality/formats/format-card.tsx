import { Download, Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export interface FormatRow {
  id: string;
  name: string;
  summary: string[];
  json: string;
}

/** One custom format: its name, its conditions in short, and edit/export/delete. */
export function FormatCard({
  format: f,
  busy,
  onEdit,
  onExport,
  onDelete,
}: {
  format: FormatRow;
  busy: boolean;
  onEdit: () => void;
  onExport: () => void;
  onDelete: () => void;
}) {
  return (
    <Card className="py-4">
      <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
        <CardTitle className="min-w-0 text-base">{f.name}</CardTitle>
        <div className="flex shrink-0 gap-1">
          <Button size="icon" variant="ghost" className="size-8" onClick={onEdit} aria-label={`Edit ${f.name}`}>
            <Pencil className="size-4" />
          </Button>
          <Button size="icon" variant="ghost" className="size-8" onClick={onExport} aria-label={`Export ${f.name}`}>
            <Download className="size-4" />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="size-8"
            onClick={onDelete}
            disabled={busy}
            aria-label={`Delete ${f.name}`}
          >
            <Trash2 className="size-4" />
          </Button>
        </div>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-1 px-4">
        {f.summary.map((s, i) => (
          <Badge key={i} variant="secondary">
            {s}
          </Badge>
        ))}
      </CardContent>
    </Card>
  );
}
