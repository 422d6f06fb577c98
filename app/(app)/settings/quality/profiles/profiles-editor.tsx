"use client";

import { useState, useTransition } from "react";
import { Copy, Pencil, Plus, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
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
import type { QualityProfile } from "@/lib/quality";
import { QUALITIES } from "@/lib/release";
import { deleteProfileAction, saveProfileAction } from "../actions";
import { ItemList } from "./item-list";

const NAMES: Record<number, string> = Object.fromEntries(QUALITIES.map((q) => [q.id, q.name]));
const LANGUAGES = [
  "English",
  "French",
  "German",
  "Spanish",
  "Italian",
  "Dutch",
  "Japanese",
  "Korean",
  "Chinese",
  "Russian",
  "Portuguese",
  "PortugueseBrazil",
  "Polish",
  "Swedish",
  "Danish",
  "Norwegian",
  "Finnish",
  "Hindi",
];
type Draft = Omit<QualityProfile, "id"> & { id: string | null };

function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (v: number) => void;
  error?: string;
  hint?: string;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="number"
        inputMode="numeric"
        value={value}
        onChange={(e) => onChange(Math.trunc(Number(e.target.value) || 0))}
        aria-invalid={!!error}
      />
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      {error && <p className="text-xs text-destructive">{error}</p>}
    </div>
  );
}

function ProfileDialog({
  draft,
  formats,
  onClose,
}: {
  draft: Draft;
  formats: { id: string; name: string }[];
  onClose: () => void;
}) {
  const [p, setP] = useState(draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  const set = (patch: Partial<Draft>) => setP((x) => ({ ...x, ...patch }));
  const allowed = p.items.filter((i) => i.allowed);

  const save = () =>
    start(async () => {
      const { id, ...input } = p;
      const result = await saveProfileAction(id, input);
      if (!result.ok) {
        setErrors(result.fields ?? { form: result.error });
        return;
      }
      toast.success(`Saved ${result.data.name}`);
      onClose();
    });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{p.id ? `Edit ${draft.name}` : "New quality profile"}</DialogTitle>
          <DialogDescription>
            Qualities are listed best first: drag them (or Alt+↑/↓) to change the order, tick the ones you want.
          </DialogDescription>
        </DialogHeader>
        <form
          id="profile-form"
          className="grid gap-5"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {errors.form && (
            <p role="alert" className="text-sm text-destructive">
              {errors.form}
            </p>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="profile-name">Name</Label>
            <Input
              id="profile-name"
              value={p.name}
              onChange={(e) => set({ name: e.target.value })}
              aria-invalid={!!errors.name}
            />
            {errors.name && <p className="text-xs text-destructive">{errors.name}</p>}
          </div>
          <div className="flex items-center justify-between gap-3 rounded-md border p-3">
            <div>
              <Label htmlFor="profile-upgrades">Upgrades allowed</Label>
              <p className="text-xs text-muted-foreground">
                Replace files with better releases until the cutoff is reached.
              </p>
            </div>
            <Switch
              id="profile-upgrades"
              checked={p.upgradeAllowed}
              onCheckedChange={(v) => set({ upgradeAllowed: v })}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-1.5">
              <Label htmlFor="profile-cutoff">Upgrade until</Label>
              <NativeSelect
                id="profile-cutoff"
                value={p.cutoff}
                onChange={(e) => set({ cutoff: e.target.value })}
                disabled={!p.upgradeAllowed}
              >
                {allowed.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </NativeSelect>
              {errors.cutoff && <p className="text-xs text-destructive">{errors.cutoff}</p>}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="profile-language">Language</Label>
              <NativeSelect
                id="profile-language"
                value={p.language}
                onChange={(e) => set({ language: e.target.value })}
              >
                <option value="any">Any</option>
                <option value="original">Original language</option>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </NativeSelect>
            </div>
          </div>
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">Qualities</legend>
            {errors.items && <p className="text-xs text-destructive">{errors.items}</p>}
            <ItemList
              items={p.items}
              names={NAMES}
              onChange={(items) =>
                set({
                  items,
                  cutoff: items.find((i) => i.id === p.cutoff && i.allowed)
                    ? p.cutoff
                    : (items.find((i) => i.allowed)?.id ?? p.cutoff),
                })
              }
            />
          </fieldset>
          <fieldset className="grid gap-4">
            <legend className="mb-2 text-sm font-medium">Custom formats</legend>
            <div className="grid gap-4 sm:grid-cols-3">
              <NumberField
                id="min-score"
                label="Minimum score"
                value={p.minFormatScore}
                onChange={(v) => set({ minFormatScore: v })}
                hint="Releases below are rejected"
              />
              <NumberField
                id="cutoff-score"
                label="Upgrade until score"
                value={p.cutoffFormatScore}
                onChange={(v) => set({ cutoffFormatScore: v })}
              />
              <NumberField
                id="upgrade-score"
                label="Minimum upgrade"
                value={p.minUpgradeFormatScore}
                onChange={(v) => set({ minUpgradeFormatScore: v })}
                error={errors.minUpgradeFormatScore}
                hint="Score gain that counts as an upgrade"
              />
            </div>
            {formats.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                No custom formats yet: add or import some under Custom formats, then score them here.
              </p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-2">
                {formats.map((f) => (
                  <div key={f.id} className="flex items-center justify-between gap-2">
                    <Label htmlFor={`score-${f.id}`} className="min-w-0 truncate font-normal">
                      {f.name}
                    </Label>
                    <Input
                      id={`score-${f.id}`}
                      type="number"
                      className="w-28"
                      value={p.formatScores[f.id] ?? 0}
                      onChange={(e) => {
                        const v = Math.trunc(Number(e.target.value) || 0);
                        const { [f.id]: _old, ...rest } = p.formatScores;
                        set({ formatScores: v === 0 ? rest : { ...rest, [f.id]: v } });
                      }}
                    />
                  </div>
                ))}
              </div>
            )}
          </fieldset>
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="profile-form" disabled={pending}>
            Save
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function ProfilesEditor({
  profiles,
  formats,
}: {
  profiles: QualityProfile[];
  formats: { id: string; name: string }[];
}) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const [pending, start] = useTransition();
  const remove = (p: QualityProfile) =>
    start(async () => {
      if (!window.confirm(`Delete the profile ${p.name}?`)) return;
      const result = await deleteProfileAction(p.id);
      if (result.ok) toast.success(`Deleted ${p.name}`);
      else toast.error(result.error);
    });
  const copy = (p: QualityProfile): Draft => ({ ...structuredClone(p), id: null, name: `${p.name} (copy)` });

  return (
    <div className="grid gap-4">
      <div>
        <Button
          onClick={() => setEditing(copy(profiles.find((p) => p.id === "any") ?? profiles[0]))}
          disabled={profiles.length === 0}
        >
          <Plus className="size-4" /> New profile
        </Button>
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {profiles.map((p) => {
          const cutoff = p.items.find((i) => i.id === p.cutoff);
          return (
            <Card key={p.id} className="py-4">
              <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
                <div className="min-w-0">
                  <CardTitle className="text-base">{p.name}</CardTitle>
                  <p className="text-xs text-muted-foreground">
                    {p.upgradeAllowed ? `Upgrades until ${cutoff?.name ?? "?"}` : "No upgrades"} ·{" "}
                    {p.language === "any" ? "any language" : p.language}
                  </p>
                </div>
                <div className="flex shrink-0 gap-1">
                  <Button
                    size="icon"
                    variant="ghost"
                    className="size-8"
                    onClick={() => setEditing({ ...structuredClone(p) })}
                    aria-label={`Edit ${p.name}`}
                  >
                    <Pencil className="size-4" />
                  </Button>
                  <Button
                    size="icon"
                    variant="ghost"
                    className="size-8"
                    onClick={() => setEditing(copy(p))}
                    aria-label={`Copy ${p.name}`}
                  >
                    <Copy className="size-4" />
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
        })}
      </div>
      {editing && <ProfileDialog draft={editing} formats={formats} onClose={() => setEditing(null)} />}
    </div>
  );
}
