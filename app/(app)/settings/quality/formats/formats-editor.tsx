"use client";

import { useState, useTransition } from "react";
import { Download, Plus, Upload } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { deleteFormatAction, exportFormatsAction } from "../actions";
import { downloadJson } from "./download";
import { FormatCard, type FormatRow } from "./format-card";
import { FormatDialog } from "./format-dialog";
import { ImportFormatsDialog } from "./import-formats-dialog";

export function FormatsEditor({ formats }: { formats: FormatRow[] }) {
  const [editing, setEditing] = useState<FormatRow | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [pending, start] = useTransition();

  const exportAll = () =>
    start(async () => {
      const result = await exportFormatsAction();
      if (result.ok) downloadJson("mydia-custom-formats.json", result.data);
      else toast.error(result.error);
    });
  const remove = (f: FormatRow) =>
    start(async () => {
      if (!window.confirm(`Delete ${f.name}? Its scores in every profile go too.`)) return;
      const result = await deleteFormatAction(f.id);
      if (result.ok) toast.success(`Deleted ${f.name}`);
      else toast.error(result.error);
    });

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Custom formats match releases by their name, source, resolution, group, language, flags, size and more. Each
        profile gives each format a score. They use the JSON that Radarr, Sonarr and the TRaSH guides share.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setEditing("new")}>
          <Plus className="size-4" /> New format
        </Button>
        <Button variant="outline" onClick={() => setImporting(true)}>
          <Upload className="size-4" /> Import
        </Button>
        <Button variant="outline" onClick={exportAll} disabled={pending || formats.length === 0}>
          <Download className="size-4" /> Export all
        </Button>
      </div>
      {formats.length === 0 && (
        <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">
          No custom formats yet. Import some from the TRaSH guides or write your own.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {formats.map((f) => (
          <FormatCard
            key={f.id}
            format={f}
            busy={pending}
            onEdit={() => setEditing(f)}
            onExport={() => downloadJson(`${f.name}.json`, JSON.parse(f.json))}
            onDelete={() => remove(f)}
          />
        ))}
      </div>
      {editing && <FormatDialog format={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {importing && <ImportFormatsDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
