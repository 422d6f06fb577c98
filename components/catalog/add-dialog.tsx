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
import { createLibraryAction } from "@/app/(app)/settings/libraries/actions";
import {
  labels,
  minimumAvailabilities,
  seriesMonitors,
  type MinimumAvailability,
  type SeriesMonitor,
} from "@/lib/catalog/catalog.types";
import { NativeSelect } from "./native-select";
import { NewLibraryFields } from "./new-library-fields";
import { TagsInput } from "./tags-input";

export interface AddOptions {
  libraries: { id: string; name: string; path: string }[];
  profiles: { id: string; name: string }[];
  /** The viewer may create a library (admins): offered in the dialog when the kind has none. */
  canCreateLibrary: boolean;
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
  const [fields, setFields] = useState<Record<string, string>>({});
  // No library of this kind yet: one is created with the title (its id kept if the add then fails).
  const needsLibrary = options.libraries.length === 0;
  const [newLibraryName, setNewLibraryName] = useState(type === "movie" ? "Movies" : "TV");
  const [newLibraryPath, setNewLibraryPath] = useState("");
  const [createdLibraryId, setCreatedLibraryId] = useState<string | null>(null);
  const [profileId, setProfileId] = useState(options.profiles[0]?.id ?? "");
  const [monitor, setMonitor] = useState<SeriesMonitor>("all");
  const [availability, setAvailability] = useState<MinimumAvailability>("released");
  const [monitored, setMonitored] = useState(true);
  const [searchNow, setSearchNow] = useState(false);
  const [tags, setTags] = useState<string[]>([]);

  const clearErrors = () => {
    setError(null);
    setFields({});
  };
  // A message shown next to its field is not repeated above the form.
  const shownFields = needsLibrary && !createdLibraryId ? ["name", "path"] : [];
  const formError = error && !shownFields.some((field) => fields[field]) ? error : null;

  const libraryFor = async (): Promise<string | null> => {
    if (!needsLibrary) return libraryId;
    if (createdLibraryId) return createdLibraryId;
    const created = await createLibraryAction({ name: newLibraryName, kind: type, path: newLibraryPath });
    if (!created.ok) {
      setFields(created.fields ?? {});
      setError(created.error);
      return null;
    }
    setCreatedLibraryId(created.data.id);
    return created.data.id;
  };

  const submit = () =>
    start(async () => {
      setError(null);
      setFields({});
      const targetLibrary = await libraryFor();
      if (!targetLibrary) return;
      const common = { tmdbId, libraryId: targetLibrary, qualityProfileId: profileId, monitored, searchNow, tags };
      const result =
        type === "movie"
          ? await addMovieAction({ ...common, minimumAvailability: availability })
          : await addSeriesAction({ ...common, monitor });
      if (!result.ok) {
        setError(result.error);
        setFields(result.fields ?? {});
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
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
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
          {formError && (
            <p role="alert" className="text-sm text-destructive">
              {formError}
            </p>
          )}
          {needsLibrary && !createdLibraryId ? (
            <NewLibraryFields
              type={type}
              canCreate={options.canCreateLibrary}
              name={newLibraryName}
              path={newLibraryPath}
              onName={(name) => {
                setNewLibraryName(name);
                clearErrors();
              }}
              onPath={(path) => {
                setNewLibraryPath(path);
                clearErrors();
              }}
              fields={fields}
            />
          ) : createdLibraryId ? (
            <p className="text-sm text-muted-foreground">
              Library: {newLibraryName} ({newLibraryPath}), just added.
            </p>
          ) : (
            <div className="grid gap-2">
              <Label htmlFor="add-library">Library</Label>
              <NativeSelect id="add-library" value={libraryId} onChange={(e) => setLibraryId(e.target.value)}>
                {options.libraries.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name} ({l.path})
                  </option>
                ))}
              </NativeSelect>
            </div>
          )}
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
          <Button onClick={submit} disabled={pending || (needsLibrary && !options.canCreateLibrary)}>
            {pending ? "Adding…" : `Add ${type === "movie" ? "movie" : "series"}`}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
