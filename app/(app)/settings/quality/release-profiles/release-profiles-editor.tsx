"use client";

import { useState, useTransition } from "react";
import { Pencil, Plus, Trash2 } from "lucide-react";
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
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { ReleaseProfile } from "@/lib/quality";
import { deleteReleaseProfileAction, saveReleaseProfileAction } from "../actions";

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const list = (s: string) =>
  s
    .split(",")
    .map((l) => l.trim())
    .filter(Boolean);
type Draft = Omit<ReleaseProfile, "id"> & { id: string | null };

function ReleaseProfileDialog({
  draft,
  indexers,
  onClose,
}: {
  draft: Draft;
  indexers: { id: string; name: string }[];
  onClose: () => void;
}) {
  const [p, setP] = useState(draft);
  const [required, setRequired] = useState(draft.required.join("\n"));
  const [ignored, setIgnored] = useState(draft.ignored.join("\n"));
  const [tags, setTags] = useState(draft.tags.join(", "));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const { id, ...rest } = p;
      const result = await saveReleaseProfileAction(id, {
        ...rest,
        required: lines(required),
        ignored: lines(ignored),
        tags: list(tags),
      });
      if (!result.ok) return setErrors(result.fields ?? { form: result.error });
      toast.success(`Saved ${result.data.name}`);
      onClose();
    });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{p.id ? `Edit ${draft.name}` : "New release profile"}</DialogTitle>
          <DialogDescription>
            One term per line: plain text matches anywhere in the name (any case); /like this/i is a regular expression.
          </DialogDescription>
        </DialogHeader>
        <form id="rp-form" className="grid gap-4" onSubmit={(e) => (e.preventDefault(), save())}>
          {errors.form && (
            <p role="alert" className="text-sm text-destructive">
              {errors.form}
            </p>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="rp-name">Name</Label>
            <Input
              id="rp-name"
              value={p.name}
              onChange={(e) => setP({ ...p, name: e.target.value })}
              aria-invalid={!!errors.name}
            />
            {errors.name && <p className="text-xs text-destructive">{errors.name}</p>}
          </div>
          <div className="flex items-center gap-3">
            <Switch id="rp-enabled" checked={p.enabled} onCheckedChange={(v) => setP({ ...p, enabled: v })} />
            <Label htmlFor="rp-enabled">Enabled</Label>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="rp-required">Must contain (at least one)</Label>
            <Textarea
              id="rp-required"
              value={required}
              onChange={(e) => setRequired(e.target.value)}
              className="font-mono text-xs"
              aria-invalid={!!errors.required}
            />
            {errors.required && <p className="text-xs text-destructive">{errors.required}</p>}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="rp-ignored">Must not contain</Label>
            <Textarea
              id="rp-ignored"
              value={ignored}
              onChange={(e) => setIgnored(e.target.value)}
              className="font-mono text-xs"
              aria-invalid={!!errors.ignored}
            />
            {errors.ignored && <p className="text-xs text-destructive">{errors.ignored}</p>}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="rp-tags">Tags (comma-separated; empty: every movie and series)</Label>
            <Input id="rp-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
          </div>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Indexers (none ticked: all)</legend>
            {indexers.length === 0 && <p className="text-xs text-muted-foreground">No indexers yet.</p>}
            {indexers.map((i) => (
              <div key={i.id} className="flex items-center gap-2">
                <Checkbox
                  id={`rp-ix-${i.id}`}
                  checked={p.indexerIds.includes(i.id)}
                  onCheckedChange={(v) =>
                    setP({
                      ...p,
                      indexerIds: v === true ? [...p.indexerIds, i.id] : p.indexerIds.filter((x) => x !== i.id),
                    })
                  }
                />
                <Label htmlFor={`rp-ix-${i.id}`} className="font-normal">
                  {i.name}
                </Label>
              </div>
            ))}
          </fieldset>
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="rp-form" disabled={pending}>
            Save
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function ReleaseProfilesEditor({
  profiles,
  indexers,
}: {
  profiles: ReleaseProfile[];
  indexers: { id: string; name: string }[];
}) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const [pending, start] = useTransition();
  const names = new Map(indexers.map((i) => [i.id, i.name]));
  const remove = (p: ReleaseProfile) =>
    start(async () => {
      if (!window.confirm(`Delete ${p.name}?`)) return;
      const result = await deleteReleaseProfileAction(p.id);
      if (result.ok) toast.success(`Deleted ${p.name}`);
      else toast.error(result.error);
    });
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Words a release name must or must not contain, for all items or only those with certain tags, on all or some
        indexers.
      </p>
      <div>
        <Button
          onClick={() =>
            setEditing({ id: null, name: "", enabled: true, required: [], ignored: [], indexerIds: [], tags: [] })
          }
        >
          <Plus className="size-4" /> New release profile
        </Button>
      </div>
      {profiles.length === 0 && (
        <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">
          No release profiles: every name is fine.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {profiles.map((p) => (
          <Card key={p.id} className="py-4">
            <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
              <div className="min-w-0">
                <CardTitle className="text-base">{p.name}</CardTitle>
                <p className="text-xs text-muted-foreground">
                  {p.enabled ? "Enabled" : "Disabled"} ·{" "}
                  {p.indexerIds.length ? p.indexerIds.map((id) => names.get(id) ?? id).join(", ") : "all indexers"} ·{" "}
                  {p.tags.length ? `tags ${p.tags.join(", ")}` : "everything"}
                </p>
              </div>
              <div className="flex shrink-0 gap-1">
                <Button
                  size="icon"
                  variant="ghost"
                  className="size-8"
                  onClick={() => setEditing({ ...p })}
                  aria-label={`Edit ${p.name}`}
                >
                  <Pencil className="size-4" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  className="size-8"
                  onClick={() => remove(p)}
                  disabled={pending}
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
        ))}
      </div>
      {editing && <ReleaseProfileDialog draft={editing} indexers={indexers} onClose={() => setEditing(null)} />}
    </div>
  );
}
