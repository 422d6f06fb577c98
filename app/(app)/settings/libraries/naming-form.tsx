"use client";

import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Library } from "@/lib/library";
import type { NamingSettings } from "@/lib/library";
import type { NamingPreview } from "@/lib/library";
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

/** Naming templates with a live preview (rendered by the server with the real naming code). */
export function NamingForm({ library }: { library: Library }) {
  const [naming, setNaming] = useState<NamingSettings>(library.naming);
  const [preview, setPreview] = useState<NamingPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
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
  const set = <K extends keyof NamingSettings>(key: K, value: NamingSettings[K]) =>
    setNaming((n) => ({ ...n, [key]: value }));
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
  return (
    <details className="rounded-md border p-3">
      <summary className="cursor-pointer text-sm font-medium">Naming</summary>
      <form
        className="mt-3 grid gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await updateLibraryAction(library.id, { naming });
            if (result.ok) toast.success("Naming saved");
            else setError(result.error);
          });
        }}
      >
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={naming.renameFiles} onChange={(e) => set("renameFiles", e.target.checked)} />{" "}
          Rename files to the templates on import
        </label>
        {fields.map(([key, label]) => (
          <div key={key} className="grid gap-1.5">
            <Label htmlFor={`${library.id}-${key}`}>{label}</Label>
            <Input
              id={`${library.id}-${key}`}
              className="font-mono text-xs"
              value={naming[key]}
              onChange={(e) => set(key, e.target.value)}
            />
          </div>
        ))}
        <div className="grid gap-3 sm:grid-cols-2">
          {library.kind === "tv" && (
            <div className="grid gap-1.5">
              <Label htmlFor={`${library.id}-multi`}>Multi-episode style</Label>
              <NativeSelect
                id={`${library.id}-multi`}
                value={naming.multiEpisodeStyle}
                onChange={(e) => set("multiEpisodeStyle", e.target.value as NamingSettings["multiEpisodeStyle"])}
              >
                <option value="extend">Extend (S01E01-02-03)</option>
                <option value="duplicate">Duplicate (S01E01.S01E02)</option>
                <option value="repeat">Repeat (S01E01E02E03)</option>
                <option value="scene">Scene (S01E01-E02-E03)</option>
                <option value="range">Range (S01E01-03)</option>
                <option value="prefixed-range">Prefixed range (S01E01-E03)</option>
              </NativeSelect>
            </div>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor={`${library.id}-colon`}>Colons in titles</Label>
            <NativeSelect
              id={`${library.id}-colon`}
              value={naming.colonReplacement}
              onChange={(e) => set("colonReplacement", e.target.value as NamingSettings["colonReplacement"])}
            >
              <option value="smart">Smart (&quot;A: B&quot; → &quot;A - B&quot;)</option>
              <option value="delete">Delete</option>
              <option value="dash">Dash</option>
              <option value="space-dash">Space dash</option>
              <option value="space-dash-space">Space dash space</option>
            </NativeSelect>
          </div>
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
          <Button type="submit" size="sm" disabled={pending}>
            Save naming
          </Button>
        </div>
      </form>
    </details>
  );
}
