"use client";

import { FolderPicker } from "@/app/(app)/settings/libraries/folder-picker";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * The Add dialog's library choice when the kind has no library yet: name and folder of a new one
 * (the kind is the dialog's). An admin creates it together with the title; others are told who can.
 */
export function NewLibraryFields({
  type,
  canCreate,
  name,
  path,
  onName,
  onPath,
  fields,
}: {
  type: "movie" | "tv";
  canCreate: boolean;
  name: string;
  path: string;
  onName: (name: string) => void;
  onPath: (path: string) => void;
  fields: Record<string, string>;
}) {
  const noun = type === "movie" ? "movies" : "TV";
  if (!canCreate)
    return (
      <p role="alert" className="text-sm text-destructive">
        There is no {noun} library yet, and only an admin can add one. Ask an admin to add it in Settings → Libraries.
      </p>
    );
  return (
    <fieldset className="grid min-w-0 gap-3 rounded-md border p-3" data-testid="new-library">
      <legend className="px-1 text-sm font-medium">New {noun} library</legend>
      <p className="text-sm text-muted-foreground">
        There is no {noun} library yet. Pick the folder that holds your {type === "movie" ? "movies" : "series"} (one
        folder per title inside); it is created with this {type === "movie" ? "movie" : "series"}.
      </p>
      <div className="grid gap-2">
        <Label htmlFor="new-library-name">Library name</Label>
        <Input
          id="new-library-name"
          value={name}
          onChange={(e) => onName(e.target.value)}
          aria-invalid={!!fields.name}
          aria-describedby={fields.name ? "new-library-name-error" : undefined}
        />
        {fields.name && (
          <p id="new-library-name-error" role="alert" className="text-sm text-destructive">
            {fields.name}
          </p>
        )}
      </div>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor="new-library-path">Folder</Label>
        <Input
          id="new-library-path"
          value={path}
          onChange={(e) => onPath(e.target.value)}
          placeholder={type === "movie" ? "/data/media/movies" : "/data/media/tv"}
          aria-invalid={!!fields.path}
          aria-describedby={fields.path ? "new-library-path-error" : undefined}
        />
        {fields.path && (
          <p id="new-library-path-error" role="alert" className="text-sm text-destructive">
            {fields.path}
          </p>
        )}
        <FolderPicker value={path} onPick={onPath} />
      </div>
    </fieldset>
  );
}
