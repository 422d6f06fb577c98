"use client";

import { Plus } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createLibraryAction } from "./actions";
import { FolderPicker } from "./folder-picker";

export function AddLibrary() {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<"movie" | "tv">("movie");
  const [name, setName] = useState("Movies");
  const [folder, setFolder] = useState("");
  const [importMode, setImportMode] = useState("hardlink");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="size-4" aria-hidden /> Add library
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Add a library</DialogTitle>
          <DialogDescription>
            Pick the folder that holds your movies or your series (one folder per title inside).
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            start(async () => {
              const result = await createLibraryAction({ name, kind, path: folder, importMode });
              if (!result.ok) return setFields(result.fields ?? { form: result.error });
              setFields({});
              setOpen(false);
              toast.success(`${name} added: scan it to find what is already there`);
            });
          }}
        >
          {fields.form && (
            <p role="alert" className="text-sm text-destructive">
              {fields.form}
            </p>
          )}
          <div className="grid gap-2 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor="library-kind">Kind</Label>
              <NativeSelect
                id="library-kind"
                value={kind}
                onChange={(e) => {
                  const next = e.target.value as "movie" | "tv";
                  setKind(next);
                  if (name === "Movies" || name === "TV") setName(next === "movie" ? "Movies" : "TV");
                }}
              >
                <option value="movie">Movies</option>
                <option value="tv">TV series</option>
              </NativeSelect>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="library-name">Name</Label>
              <Input
                id="library-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                aria-invalid={!!fields.name}
              />
            </div>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="library-path">Folder</Label>
            <Input
              id="library-path"
              value={folder}
              onChange={(e) => setFolder(e.target.value)}
              placeholder="/data/media/movies"
              aria-invalid={!!fields.path}
            />
            {fields.path && <p className="text-sm text-destructive">{fields.path}</p>}
            <FolderPicker value={folder} onPick={setFolder} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="library-import">Import mode</Label>
            <NativeSelect id="library-import" value={importMode} onChange={(e) => setImportMode(e.target.value)}>
              <option value="hardlink">Hardlink (copy when on another drive)</option>
              <option value="copy">Copy</option>
              <option value="move">Move</option>
            </NativeSelect>
          </div>
          <Button type="submit" disabled={pending || !folder}>
            Add library
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
