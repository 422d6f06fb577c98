"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { FieldShell } from "@/components/forms/field-shell";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { namingSettingsSchema, type NamingSettings } from "@/lib/db/types";
import type { Library, NamingPreview } from "@/lib/library";
import { previewNamingAction, updateLibraryAction } from "./actions";

type TemplateKey =
  | "movieFolder"
  | "movieFile"
  | "seriesFolder"
  | "seasonFolder"
  | "episodeFile"
  | "dailyEpisodeFile"
  | "animeEpisodeFile";
const movieFields: [TemplateKey, string][] = [
  ["movieFolder", "Movie folder"],
  ["movieFile", "Movie file"],
];
const tvFields: [TemplateKey, string][] = [
  ["seriesFolder", "Series folder"],
  ["seasonFolder", "Season folder"],
  ["episodeFile", "Episode file"],
  ["dailyEpisodeFile", "Daily episode file"],
  ["animeEpisodeFile", "Anime episode file"],
];

/** The server's preview of the templates as they are typed (debounced). */
function usePreview(naming: unknown) {
  const [preview, setPreview] = useState<NamingPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(
      () =>
        void (async () => {
          const result = await previewNamingAction(naming);
          if (result.ok) {
            setPreview(result.data);
            setError(null);
          } else setError(result.error);
        })(),
      250,
    );
    return () => clearTimeout(timer);
  }, [naming]);
  return { preview, error };
}

/** Naming templates with a live preview (rendered by the server with the real naming code). */
export function NamingForm({ library }: { library: Library }) {
  const form = useForm({ resolver: zodResolver(namingSettingsSchema), defaultValues: library.naming });
  const { preview, error } = usePreview(useWatch({ control: form.control }));
  const onSubmit = useActionSubmit(
    form,
    (values) => updateLibraryAction(library.id, { naming: values }),
    () => {
      toast.success("Naming saved");
    },
    // The library's schema names a template "naming.movieFile".
    { alias: (name) => name.replace(/^naming\./, "") },
  );
  const fields = library.kind === "movie" ? movieFields : tvFields;
  const examples: [string, string | undefined][] =
    library.kind === "movie"
      ? [["Movie", preview?.movie]]
      : [
          ["Episode", preview?.episode],
          ["Multi-episode", preview?.multiEpisode],
          ["Daily", preview?.daily],
          ["Anime", preview?.anime],
        ];
  const id = (key: string) => `${library.id}-${key}`;
  return (
    <details className="rounded-md border p-3">
      <summary className="cursor-pointer text-sm font-medium">Naming</summary>
      <FormProvider {...form}>
        <form className="mt-3 grid gap-3" onSubmit={onSubmit} noValidate>
          <FormAlert />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("renameFiles")} /> Rename files to the templates on import
          </label>
          {fields.map(([key, label]) => (
            <TextField<NamingSettings> key={key} name={key} id={id(key)} label={label} className="font-mono text-xs" />
          ))}
          <div className="grid gap-3 sm:grid-cols-2">
            {library.kind === "tv" && (
              <FieldShell id={id("multi")} label="Multi-episode style">
                <NativeSelect id={id("multi")} {...form.register("multiEpisodeStyle")}>
                  <option value="extend">Extend (S01E01-02-03)</option>
                  <option value="duplicate">Duplicate (S01E01.S01E02)</option>
                  <option value="repeat">Repeat (S01E01E02E03)</option>
                  <option value="scene">Scene (S01E01-E02-E03)</option>
                  <option value="range">Range (S01E01-03)</option>
                  <option value="prefixed-range">Prefixed range (S01E01-E03)</option>
                </NativeSelect>
              </FieldShell>
            )}
            <FieldShell id={id("colon")} label="Colons in titles">
              <NativeSelect id={id("colon")} {...form.register("colonReplacement")}>
                <option value="smart">Smart (&quot;A: B&quot; → &quot;A - B&quot;)</option>
                <option value="delete">Delete</option>
                <option value="dash">Dash</option>
                <option value="space-dash">Space dash</option>
                <option value="space-dash-space">Space dash space</option>
              </NativeSelect>
            </FieldShell>
          </div>
          <div className="grid gap-1 rounded-md bg-muted/50 p-3 text-xs" aria-live="polite">
            {examples.map(([label, value]) => (
              <p key={label} className="break-all">
                <span className="text-muted-foreground">{label}: </span>
                <span className="font-mono">{value ?? "…"}</span>
              </p>
            ))}
          </div>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <p className="text-xs text-muted-foreground">
            Tokens:{" "}
            {
              "{Movie Title} {Movie CleanTitle} {Release Year} {Quality Full} {MediaInfo VideoCodec} {MediaInfo AudioCodec} {MediaInfo VideoDynamicRange} {Edition Tags} {Release Group} {tmdb-{TmdbId}} {Series Title} {season:00} {episode:00} {Episode Title} {Air-Date} {absolute:000}"
            }
            . Text inside the braces (e.g. {"{[Quality Full]}"}) shows only when the token has a value.
          </p>
          <div>
            <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>
              Save naming
            </Button>
          </div>
        </form>
      </FormProvider>
    </details>
  );
}
