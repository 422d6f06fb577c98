"use client";

import { useRef, useState, useTransition } from "react";
import { Download, Pencil, Plus, Trash2, Upload } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { deleteFormatAction, exportFormatsAction, importFormatsAction, saveFormatAction } from "../actions";

interface FormatRow {
  id: string;
  name: string;
  summary: string[];
  json: string;
}

const TEMPLATE = JSON.stringify(
  {
    name: "x265 (HD)",
    includeCustomFormatWhenRenaming: false,
    specifications: [
      {
        name: "x265",
        implementation: "ReleaseTitleSpecification",
        negate: false,
        required: true,
        fields: { value: "[xh][ ._-]?265|\\bHEVC(\\b|\\d)" },
      },
      {
        name: "Not 2160p",
        implementation: "ResolutionSpecification",
        negate: true,
        required: true,
        fields: { value: 2160 },
      },
    ],
  },
  null,
  2,
);

function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function JsonDialog({
  title,
  description,
  initial,
  onSubmit,
  onClose,
  extra,
}: {
  title: string;
  description: string;
  initial: string;
  onSubmit: (text: string) => Promise<string | null>;
  onClose: () => void;
  extra?: React.ReactNode;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const file = useRef<HTMLInputElement>(null);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-3">
          <Label htmlFor="format-json" className="sr-only">
            JSON
          </Label>
          <Textarea
            id="format-json"
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="min-h-72 font-mono text-xs"
            spellCheck={false}
            aria-invalid={!!error}
          />
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <input
              ref={file}
              type="file"
              accept="application/json,.json"
              className="hidden"
              onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? text)}
            />
            <Button type="button" variant="outline" size="sm" onClick={() => file.current?.click()}>
              <Upload className="size-4" /> Load a file
            </Button>
            {extra}
          </div>
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={pending}
            onClick={() =>
              start(async () => {
                const problem = await onSubmit(text);
                if (problem) setError(problem);
                else onClose();
              })
            }
          >
            Save
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function FormatsEditor({ formats }: { formats: FormatRow[] }) {
  const [editing, setEditing] = useState<FormatRow | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [replace, setReplace] = useState(false);
  const [pending, start] = useTransition();

  const exportAll = () =>
    start(async () => {
      const result = await exportFormatsAction();
      if (result.ok) download("mydia-custom-formats.json", result.data);
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
          <Card key={f.id} className="py-4">
            <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
              <CardTitle className="min-w-0 text-base">{f.name}</CardTitle>
              <div className="flex shrink-0 gap-1">
                <Button
                  size="icon"
                  variant="ghost"
                  className="size-8"
                  onClick={() => setEditing(f)}
                  aria-label={`Edit ${f.name}`}
                >
                  <Pencil className="size-4" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  className="size-8"
                  onClick={() => download(`${f.name}.json`, JSON.parse(f.json))}
                  aria-label={`Export ${f.name}`}
                >
                  <Download className="size-4" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  className="size-8"
                  onClick={() => remove(f)}
                  disabled={pending}
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
        ))}
      </div>
      {editing && (
        <JsonDialog
          title={editing === "new" ? "New custom format" : `Edit ${editing.name}`}
          description="One format in Radarr/Sonarr/TRaSH JSON: a name and its specifications."
          initial={editing === "new" ? TEMPLATE : editing.json}
          onClose={() => setEditing(null)}
          onSubmit={async (text) => {
            const result = await saveFormatAction(editing === "new" ? null : editing.id, text);
            if (!result.ok) return result.error;
            toast.success(`Saved ${result.data.name}`);
            return null;
          }}
        />
      )}
      {importing && (
        <JsonDialog
          title="Import custom formats"
          description="Paste one format or a list, as exported by Radarr or Sonarr or copied from the TRaSH guides."
          initial=""
          onClose={() => setImporting(false)}
          extra={
            <div className="flex items-center gap-2">
              <Checkbox id="replace" checked={replace} onCheckedChange={(v) => setReplace(v === true)} />
              <Label htmlFor="replace" className="font-normal">
                Replace formats with the same name
              </Label>
            </div>
          }
          onSubmit={async (text) => {
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch (error) {
              return `Not JSON: ${error instanceof Error ? error.message : String(error)}`;
            }
            const result = await importFormatsAction({ json, replace });
            if (!result.ok) return result.error;
            const { created, updated, skipped } = result.data;
            toast.success(
              `Imported: ${created} new, ${updated} replaced${skipped.length ? `, ${skipped.length} skipped (same name)` : ""}`,
            );
            return null;
          }}
        />
      )}
    </div>
  );
}
