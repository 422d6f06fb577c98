"use client";

import { useState, useTransition } from "react";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
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
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DelayProfile } from "@/lib/quality";
import { deleteDelayProfileAction, saveDelayProfileAction } from "../actions";

type Draft = Omit<DelayProfile, "id"> & { id: string | null };
const minutes = (m: number) => (m === 0 ? "none" : m % 60 === 0 ? `${m / 60} h` : `${m} min`);

function Toggle({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="flex items-center gap-3">
      <Switch id={id} checked={checked} onCheckedChange={onChange} />
      <Label htmlFor={id} className="font-normal">
        {label}
      </Label>
    </div>
  );
}

function DelayDialog({ draft, onClose }: { draft: Draft; onClose: () => void }) {
  const [p, setP] = useState(draft);
  const [tags, setTags] = useState(draft.tags.join(", "));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  const isDefault = draft.id !== null && draft.tags.length === 0;
  const set = (patch: Partial<Draft>) => setP((x) => ({ ...x, ...patch }));
  const save = () =>
    start(async () => {
      const { id, ...rest } = p;
      const result = await saveDelayProfileAction(id, {
        ...rest,
        tags: tags
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      });
      if (!result.ok) return setErrors(result.fields ?? { form: result.error });
      toast.success("Delay profile saved");
      onClose();
    });
  const num = (v: string) => Math.max(0, Math.trunc(Number(v) || 0));
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{p.id ? "Edit delay profile" : "New delay profile"}</DialogTitle>
          <DialogDescription>
            Wait this long after a release appears before grabbing it, so that a better one, or one on the preferred
            protocol, can turn up.
          </DialogDescription>
        </DialogHeader>
        <form id="delay-form" className="grid gap-4" onSubmit={(e) => (e.preventDefault(), save())}>
          {errors.form && (
            <p role="alert" className="text-sm text-destructive">
              {errors.form}
            </p>
          )}
          <Toggle id="d-usenet" label="Usenet" checked={p.enableUsenet} onChange={(v) => set({ enableUsenet: v })} />
          <Toggle
            id="d-torrent"
            label="Torrents"
            checked={p.enableTorrent}
            onChange={(v) => set({ enableTorrent: v })}
          />
          {errors.enableUsenet && <p className="text-xs text-destructive">{errors.enableUsenet}</p>}
          <div className="grid gap-1.5">
            <Label htmlFor="d-pref">Preferred protocol</Label>
            <NativeSelect
              id="d-pref"
              value={p.preferredProtocol}
              onChange={(e) => set({ preferredProtocol: e.target.value as Draft["preferredProtocol"] })}
            >
              <option value="usenet">Usenet</option>
              <option value="torrent">Torrent</option>
            </NativeSelect>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-1.5">
              <Label htmlFor="d-ud">Usenet delay (minutes)</Label>
              <Input
                id="d-ud"
                type="number"
                min={0}
                value={p.usenetDelayMinutes}
                onChange={(e) => set({ usenetDelayMinutes: num(e.target.value) })}
              />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="d-td">Torrent delay (minutes)</Label>
              <Input
                id="d-td"
                type="number"
                min={0}
                value={p.torrentDelayMinutes}
                onChange={(e) => set({ torrentDelayMinutes: num(e.target.value) })}
              />
            </div>
          </div>
          <Toggle
            id="d-bq"
            label="No delay for the profile's best quality"
            checked={p.bypassIfHighestQuality}
            onChange={(v) => set({ bypassIfHighestQuality: v })}
          />
          <Toggle
            id="d-bs"
            label="No delay above a custom-format score"
            checked={p.bypassIfAboveFormatScore}
            onChange={(v) => set({ bypassIfAboveFormatScore: v })}
          />
          {p.bypassIfAboveFormatScore && (
            <div className="grid gap-1.5">
              <Label htmlFor="d-score">Score</Label>
              <Input
                id="d-score"
                type="number"
                value={p.minimumFormatScore}
                onChange={(e) => set({ minimumFormatScore: Math.trunc(Number(e.target.value) || 0) })}
              />
            </div>
          )}
          {!isDefault && (
            <div className="grid gap-1.5">
              <Label htmlFor="d-tags">Tags (comma-separated)</Label>
              <Input id="d-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
              <p className="text-xs text-muted-foreground">
                Items with one of these tags use this profile; the rest use the default.
              </p>
            </div>
          )}
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="delay-form" disabled={pending}>
            Save
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function DelayProfilesEditor({ profiles }: { profiles: DelayProfile[] }) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const [pending, start] = useTransition();
  const remove = (p: DelayProfile) =>
    start(async () => {
      if (!window.confirm("Delete this delay profile?")) return;
      const result = await deleteDelayProfileAction(p.id);
      if (result.ok) toast.success("Deleted");
      else toast.error(result.error);
    });
  const fresh: Draft = {
    id: null,
    order: 0,
    enableUsenet: true,
    enableTorrent: true,
    preferredProtocol: "usenet",
    usenetDelayMinutes: 0,
    torrentDelayMinutes: 60,
    bypassIfHighestQuality: true,
    bypassIfAboveFormatScore: false,
    minimumFormatScore: 0,
    tags: [],
  };
  return (
    <div className="grid gap-4">
      <div>
        <Button onClick={() => setEditing(fresh)}>
          <Plus className="size-4" /> New delay profile
        </Button>
      </div>
      <div className="overflow-x-auto rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Protocols</TableHead>
              <TableHead>Usenet delay</TableHead>
              <TableHead>Torrent delay</TableHead>
              <TableHead>Bypass</TableHead>
              <TableHead>Tags</TableHead>
              <TableHead className="w-24">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {profiles.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  {[p.enableUsenet && "Usenet", p.enableTorrent && "Torrent"].filter(Boolean).join(" + ")}
                  <span className="block text-xs text-muted-foreground">prefers {p.preferredProtocol}</span>
                </TableCell>
                <TableCell>{minutes(p.usenetDelayMinutes)}</TableCell>
                <TableCell>{minutes(p.torrentDelayMinutes)}</TableCell>
                <TableCell className="text-xs">
                  {[
                    p.bypassIfHighestQuality && "best quality",
                    p.bypassIfAboveFormatScore && `score ≥ ${p.minimumFormatScore}`,
                  ]
                    .filter(Boolean)
                    .join(", ") || "—"}
                </TableCell>
                <TableCell>
                  {p.tags.length ? (
                    p.tags.join(", ")
                  ) : (
                    <span className="text-muted-foreground">default (everything else)</span>
                  )}
                </TableCell>
                <TableCell>
                  <div className="flex gap-1">
                    <Button
                      size="icon"
                      variant="ghost"
                      className="size-8"
                      onClick={() => setEditing({ ...p })}
                      aria-label="Edit delay profile"
                    >
                      <Pencil className="size-4" />
                    </Button>
                    {p.tags.length > 0 && (
                      <Button
                        size="icon"
                        variant="ghost"
                        className="size-8"
                        onClick={() => remove(p)}
                        disabled={pending}
                        aria-label="Delete delay profile"
                      >
                        <Trash2 className="size-4" />
                      </Button>
                    )}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editing && <DelayDialog draft={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
