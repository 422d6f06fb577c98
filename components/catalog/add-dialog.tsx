"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Plus } from "lucide-react";
import { toast } from "sonner";
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
import { addMovieAction, addSeriesAction } from "@/app/(app)/catalog-actions";
import {
  labels,
  minimumAvailabilities,
  seriesMonitors,
  type MinimumAvailability,
  type SeriesMonitor,
} from "@/lib/catalog/catalog.types";
import { NativeSelect } from "./native-select";
import { TagsInput } from "./tags-input";

export interface AddOptions {
  libraries: { id: string; name: string; path: string | null }[];
  profiles: { id: string; name: string }[];
}

/** "Add" on a search result: library, quality profile, monitoring and search now. */
export function AddDialog({
  type,
  tmdbId,
  title,
  year,
  options,
}: {
  type: "movie" | "tv";
  tmdbId: number;
  title: string;
  year: number | null;
  options: AddOptions;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [libraryId, setLibraryId] = useState(options.libraries[0]?.id ?? "");
  const [profileId, setProfileId] = useState(options.profiles[0]?.id ?? "");
  const [monitor, setMonitor] = useState<SeriesMonitor>("all");
  const [availability, setAvailability] = useState<MinimumAvailability>("released");
  const [monitored, setMonitored] = useState(true);
  const [searchNow, setSearchNow] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const library = options.libraries.find((l) => l.id === libraryId);

  const submit = () =>
    start(async () => {
      setError(null);
      const common = { tmdbId, libraryId, qualityProfileId: profileId, monitored, searchNow, tags };
      const result =
        type === "movie"
          ? await addMovieAction({ ...common, minimumAvailability: availability })
          : await addSeriesAction({ ...common, monitor });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      toast.success(`${result.data.title} added`);
      setOpen(false);
      router.push(type === "movie" ? `/movies/${result.data.id}` : `/tv/${result.data.id}`);
    });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" className="w-full" aria-label={`Add ${title}`}>
          <Plus aria-hidden /> Add
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            Add {title}
            {year ? ` (${year})` : ""}
          </DialogTitle>
          <DialogDescription>
            {type === "movie"
              ? "Choose where it goes and when it counts as available."
              : "Choose where it goes and which episodes to monitor."}
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-4">
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <div className="grid gap-2">
            <Label htmlFor="add-library">Library</Label>
            <NativeSelect id="add-library" value={libraryId} onChange={(e) => setLibraryId(e.target.value)}>
              {options.libraries.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} {l.path ? `(${l.path})` : "(no root folder yet)"}
                </option>
              ))}
            </NativeSelect>
            {library && !library.path && (
              <p className="text-sm text-muted-foreground">Set a root folder in Settings → Root folders first.</p>
            )}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="add-profile">Quality profile</Label>
            <NativeSelect id="add-profile" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
              {options.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          {type === "movie" ? (
            <div className="grid gap-2">
              <Label htmlFor="add-availability">Available when</Label>
              <NativeSelect
                id="add-availability"
                value={availability}
                onChange={(e) => setAvailability(e.target.value as MinimumAvailability)}
              >
                {minimumAvailabilities.map((a) => (
                  <option key={a} value={a}>
                    {labels.minimumAvailability[a]}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : (
            <div className="grid gap-2">
              <Label htmlFor="add-monitor">Monitor</Label>
              <NativeSelect
                id="add-monitor"
                value={monitor}
                onChange={(e) => setMonitor(e.target.value as SeriesMonitor)}
              >
                {seriesMonitors.map((m) => (
                  <option key={m} value={m}>
                    {labels.seriesMonitor[m]}
                  </option>
                ))}
              </NativeSelect>
            </div>
          )}
          <div className="grid gap-2">
            <Label htmlFor="add-tags">Tags</Label>
            <TagsInput id="add-tags" value={tags} onChange={setTags} />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <Checkbox checked={monitored} onCheckedChange={(v) => setMonitored(v === true)} /> Monitored
          </label>
          <label className="flex items-center gap-2 text-sm">
            <Checkbox checked={searchNow} onCheckedChange={(v) => setSearchNow(v === true)} /> Start searching for it
            now
          </label>
        </div>
        <DialogFooter>
          <Button onClick={submit} disabled={pending}>
            {pending ? "Adding…" : `Add ${type === "movie" ? "movie" : "series"}`}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
