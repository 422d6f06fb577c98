"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Pencil } from "lucide-react";
import { toast } from "sonner";
import { updateMovieAction, updateSeriesAction } from "@/app/(app)/catalog-actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import {
  labels,
  minimumAvailabilities,
  seriesMonitors,
  seriesTypes,
  type MinimumAvailability,
  type SeriesMonitor,
  type SeriesType,
} from "@/lib/catalog/catalog.types";
import type { AddOptions } from "./add-dialog";
import { NativeSelect } from "./native-select";
import { TagsInput } from "./tags-input";

interface Common {
  monitored: boolean;
  libraryId: string;
  qualityProfileId: string;
  tags: string[];
}
export type MovieEditValues = Common & { minimumAvailability: MinimumAvailability };
export type SeriesEditValues = Common & { monitor: SeriesMonitor; monitorNewSeasons: boolean; seriesType: SeriesType };

type Props = { id: string; title: string; options: AddOptions; tagSuggestions: string[] } & (
  { kind: "movie"; values: MovieEditValues } | { kind: "series"; values: SeriesEditValues }
);

/** Only the fields that differ from what is stored: the update changes exactly those. */
function changed<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[])
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) out[key] = after[key];
  return out;
}

/** "Edit" on a title page: everything the Add dialog set, changeable later. A new library moves the files. */
export function EditTitleDialog(props: Props) {
  const { id, title, options, tagSuggestions, kind } = props;
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [values, setValues] = useState<MovieEditValues | SeriesEditValues>(props.values);
  const set = (patch: Partial<MovieEditValues & SeriesEditValues>) => setValues((v) => ({ ...v, ...patch }));
  const target = options.libraries.find((l) => l.id === values.libraryId);
  const moving = values.libraryId !== props.values.libraryId;
  const field = (name: string) => `edit-${kind}-${name}`;

  const submit = () =>
    start(async () => {
      setError(null);
      const patch = changed<MovieEditValues | SeriesEditValues>(props.values, values);
      if (Object.keys(patch).length === 0) {
        setOpen(false);
        return;
      }
      const result = kind === "movie" ? await updateMovieAction(id, patch) : await updateSeriesAction(id, patch);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      toast.success(moving ? `Saved. Moving the files to ${target?.name ?? "the new library"}…` : `${title} saved`);
      setOpen(false);
      router.refresh();
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setValues(props.values);
          setError(null);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Pencil aria-hidden /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>Edit {title}</DialogTitle>
          <DialogDescription>Changes apply at once; a new library moves the files there.</DialogDescription>
        </DialogHeader>
        <form
          id={field("form")}
          className="grid min-w-0 gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <label className="flex items-center gap-2 text-sm">
            <Checkbox checked={values.monitored} onCheckedChange={(v) => set({ monitored: v === true })} /> Monitored
          </label>
          {"minimumAvailability" in values ? (
            <div className="grid gap-2">
              <Label htmlFor={field("availability")}>Available when</Label>
              <NativeSelect
                className="w-full min-w-0"
                id={field("availability")}
                value={values.minimumAvailability}
                onChange={(e) => set({ minimumAvailability: e.target.value as MinimumAvailability })}
              >
                {minimumAvailabilities.map((a) => (
                  <option key={a} value={a}>
                    {labels.minimumAvailability[a]}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : (
            <>
              <div className="grid gap-2">
                <Label htmlFor={field("monitor")}>Monitor</Label>
                <NativeSelect
                  className="w-full min-w-0"
                  id={field("monitor")}
                  value={values.monitor}
                  onChange={(e) => set({ monitor: e.target.value as SeriesMonitor })}
                >
                  {seriesMonitors.map((m) => (
                    <option key={m} value={m}>
                      {labels.seriesMonitor[m]}
                    </option>
                  ))}
                </NativeSelect>
                {"monitor" in props.values && values.monitor !== props.values.monitor && (
                  <p className="text-xs text-muted-foreground">A new mode is applied to every season and episode.</p>
                )}
              </div>
              <label className="flex items-center gap-2 text-sm">
                <Checkbox
                  checked={values.monitorNewSeasons}
                  onCheckedChange={(v) => set({ monitorNewSeasons: v === true })}
                />
                Monitor new seasons
              </label>
              <div className="grid gap-2">
                <Label htmlFor={field("type")}>Series type</Label>
                <NativeSelect
                  className="w-full min-w-0"
                  id={field("type")}
                  value={values.seriesType}
                  onChange={(e) => set({ seriesType: e.target.value as SeriesType })}
                >
                  {seriesTypes.map((t) => (
                    <option key={t} value={t}>
                      {labels.seriesType[t]}
                    </option>
                  ))}
                </NativeSelect>
              </div>
            </>
          )}
          <div className="grid gap-2">
            <Label htmlFor={field("profile")}>Quality profile</Label>
            <NativeSelect
              className="w-full min-w-0"
              id={field("profile")}
              value={values.qualityProfileId}
              onChange={(e) => set({ qualityProfileId: e.target.value })}
            >
              {options.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-2">
            <Label htmlFor={field("library")}>Library</Label>
            <NativeSelect
              className="w-full min-w-0"
              id={field("library")}
              value={values.libraryId}
              onChange={(e) => set({ libraryId: e.target.value })}
            >
              {options.libraries.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} {l.path ? `(${l.path})` : ""}
                </option>
              ))}
            </NativeSelect>
            {moving && (
              <p className="text-xs break-words text-muted-foreground" data-testid="move-note">
                The files move to {target?.path ?? "the new library"}: copied and checked before the old copy is
                removed. Progress shows on this page.
              </p>
            )}
          </div>
          <div className="grid gap-2">
            <Label htmlFor={field("tags")}>Tags</Label>
            <TagsInput
              id={field("tags")}
              value={values.tags}
              onChange={(tags) => set({ tags })}
              suggestions={tagSuggestions}
            />
          </div>
        </form>
        <DialogFooter>
          <Button type="submit" form={field("form")} disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
