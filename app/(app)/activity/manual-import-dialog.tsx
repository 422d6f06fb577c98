"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { NativeSelect } from "@/components/catalog/native-select";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import type { DownloadFile, QueueItem } from "@/lib/downloads";
import { manualImportInput, type ManualImportInput } from "@/lib/downloads/match.input";
import { manualImportAction, manualImportChoicesAction, type ManualImportChoices } from "./actions";
import { formatBytes } from "./format";
import { focusBack, type RowDialogProps } from "./row-dialog";

const pad = (n: number) => String(n).padStart(2, "0");

/** Select values: "" (skip), "m:<movieId>" or "e:<episodeId>,<episodeId>". */
function valueOf(suggestion: DownloadFile["suggestion"]): string {
  if (!suggestion) return "";
  return "movieId" in suggestion ? `m:${suggestion.movieId}` : `e:${suggestion.episodeIds.join(",")}`;
}

function targetOf(value: string): { movieId: string } | { episodeIds: string[] } {
  return value.startsWith("m:") ? { movieId: value.slice(2) } : { episodeIds: value.slice(2).split(",") };
}

function optionsFor(choices: ManualImportChoices): { value: string; label: string }[] {
  const byId = new Map(choices.episodes.map((e) => [e.id, e]));
  const code = (id: string) => {
    const e = byId.get(id);
    return e ? `S${pad(e.seasonNumber)}E${pad(e.episodeNumber)}` : "?";
  };
  const options: { value: string; label: string }[] = [];
  if (choices.movie)
    options.push({
      value: `m:${choices.movie.id}`,
      label: `${choices.movie.title}${choices.movie.year ? ` (${choices.movie.year})` : ""}`,
    });
  // Multi-episode files the names point to (S01E01E02) are offered as they were suggested.
  for (const f of choices.files) {
    if (f.suggestion && "episodeIds" in f.suggestion && f.suggestion.episodeIds.length > 1) {
      const value = valueOf(f.suggestion);
      if (!options.some((o) => o.value === value))
        options.push({ value, label: f.suggestion.episodeIds.map(code).join(" + ") });
    }
  }
  for (const e of choices.episodes)
    options.push({ value: `e:${e.id}`, label: `${code(e.id)}${e.title ? ` · ${e.title}` : ""}` });
  return options;
}

/** Imports the files of a finished download by hand: one target per file, suggested from the file names. */
export function ManualImportDialog({ item, open, onOpenChange, returnFocus }: RowDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={focusBack(returnFocus)} className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Manual import</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">
            Pick what each video file of {item.title} is. Wrong title altogether? Change the match first.
          </DialogDescription>
        </DialogHeader>
        <ManualImportForm item={item} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** A target per file, "" to skip it; what the server receives names only the files that have one. */
const manualImportSchema = z
  .object({ files: z.array(z.object({ path: z.string(), target: z.string() })) })
  .transform(({ files }): ManualImportInput => ({
    files: files.filter((f) => f.target !== "").map((f) => ({ path: f.path, ...targetOf(f.target) })),
  }))
  .pipe(manualImportInput);
type ManualImportValues = z.input<typeof manualImportSchema>;

/** Mounted with each opening: reads the download's folder afresh. */
function ManualImportForm({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const id = useId();
  const [choices, setChoices] = useState<ManualImportChoices | null>(null);
  const form = useForm<ManualImportValues, unknown, z.output<typeof manualImportSchema>>({
    resolver: zodResolver(manualImportSchema),
    defaultValues: { files: [] },
  });
  const failed = Boolean(form.formState.errors.root?.server);

  useEffect(() => {
    let current = true;
    void manualImportChoicesAction(item.id, { movieId: item.movieId, seriesId: item.seriesId }).then((result) => {
      if (!current) return;
      if (!result.ok) return form.setError("root.server", { type: "server", message: result.error });
      setChoices(result.data);
      form.reset({
        files: result.data.files.map((f) => ({ path: f.path, target: f.imported ? "" : valueOf(f.suggestion) })),
      });
    });
    return () => {
      current = false;
    };
  }, [item.id, item.movieId, item.seriesId, form]);

  const chosen = form.watch("files").filter((f) => f.target !== "").length;
  const options = choices ? optionsFor(choices) : [];
  const submit = useActionSubmit(
    form,
    (input) => manualImportAction(item.id, input),
    (data) => {
      onDone();
      toast.success(`Imported ${data.imported.length} file${data.imported.length === 1 ? "" : "s"}`);
    },
    { summary: true },
  );

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => void submit(event)}
        className="grid min-w-0 gap-4"
        aria-busy={!choices && !failed}
        noValidate
      >
        <FormAlert />
        {!choices && !failed && <p className="text-sm text-muted-foreground">Reading the download&apos;s folder…</p>}
        {choices && (
          <p
            className="font-mono text-xs [overflow-wrap:anywhere] text-muted-foreground"
            title="The download's folder on this server"
          >
            {choices.folder}
          </p>
        )}
        {choices?.files.length === 0 && (
          <p className="text-sm text-muted-foreground">
            No video file in this folder. If it holds archives, extract them (unpackerr, or the client&apos;s unpack
            setting), then Retry import.
          </p>
        )}
        {choices && choices.files.length > 0 && (
          <ul className="grid max-h-[50dvh] gap-3 overflow-y-auto" aria-label="Files">
            {choices.files.map((file, index) => (
              <li
                key={file.path}
                className="grid gap-2 rounded-md border p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,16rem)] sm:items-center"
              >
                <div className="min-w-0">
                  <Label htmlFor={`${id}-${index}`} className="block font-mono text-xs [overflow-wrap:anywhere]">
                    {file.relativePath}
                  </Label>
                  <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                    {formatBytes(file.size)}
                    {file.imported && <Badge variant="success">Imported already</Badge>}
                  </p>
                </div>
                <NativeSelect
                  id={`${id}-${index}`}
                  className="w-full min-w-0"
                  {...form.register(`files.${index}.target`)}
                >
                  <option value="">Don&apos;t import</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </NativeSelect>
              </li>
            ))}
          </ul>
        )}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting || chosen === 0}>
            Import {chosen > 0 ? `${chosen} file${chosen === 1 ? "" : "s"}` : ""}
          </Button>
        </DialogFooter>
      </form>
    </FormProvider>
  );
}
