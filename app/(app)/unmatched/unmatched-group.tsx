"use client";

import { FolderOpen } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { formatBytes } from "@/components/format";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { MediaFileGuess } from "@/lib/library";
import { episodesAction, manualImportAction, searchCatalogAction, type CatalogPick, type EpisodePick } from "./actions";

interface FileRow {
  id: string;
  name: string;
  size: number;
  guess: MediaFileGuess | null;
  seriesId: string | null;
}

const guessText = (g: MediaFileGuess | null): string => {
  if (!g) return "no guess";
  const parts = [
    g.title || "?",
    g.year ? `(${g.year})` : null,
    g.season !== null
      ? `S${String(g.season).padStart(2, "0")}${g.episodes.map((e) => `E${String(e).padStart(2, "0")}`).join("")}`
      : null,
  ];
  return `${parts.filter(Boolean).join(" ")}${g.reason ? ` — ${g.reason}` : ""}`;
};

/** One folder of unmatched files: pick the movie or series (search as you type), then import or ignore the selected files. */
export function UnmatchedGroup({
  kind,
  folder,
  files,
  canImport,
}: {
  kind: "movie" | "tv";
  folder: string;
  files: FileRow[];
  canImport: boolean;
}) {
  const [query, setQuery] = useState(files[0]?.guess?.title ?? "");
  const [results, setResults] = useState<CatalogPick[]>([]);
  const [pick, setPick] = useState<CatalogPick | null>(null);
  const [episodes, setEpisodes] = useState<EpisodePick[]>([]);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<Set<string>>(() => new Set(files.map((f) => f.id)));
  const [pending, start] = useTransition();

  useEffect(() => {
    if (!canImport || query.trim().length < 1) return;
    const timer = setTimeout(
      () =>
        void (async () => {
          const result = await searchCatalogAction(kind, query.trim());
          if (result.ok) setResults(result.data);
        })(),
      200,
    );
    return () => clearTimeout(timer);
  }, [query, kind, canImport]);

  const choose = (item: CatalogPick) => {
    setPick(item);
    if (kind !== "tv") return;
    start(async () => {
      const result = await episodesAction(item.id);
      if (!result.ok) return void toast.error(result.error);
      setEpisodes(result.data);
      const next: Record<string, string> = {};
      for (const f of files) {
        const g = f.guess;
        const match =
          g && g.season !== null
            ? result.data.find((e) => e.seasonNumber === g.season && e.episodeNumber === g.episodes[0])
            : undefined;
        if (match) next[f.id] = match.id;
      }
      setChosen(next);
    });
  };

  const run = (items: object[], what: string) =>
    start(async () => {
      const result = await manualImportAction({ items });
      if (!result.ok) return void toast.error(result.error);
      const failed = result.data.filter((o) => !o.ok);
      if (failed.length === 0) toast.success(what);
      else toast.error(`${failed.length} not done: ${failed[0].error}`);
    });

  const ids = files.filter((f) => selected.has(f.id)).map((f) => f.id);
  const importItems = () => {
    if (!pick) return [];
    if (kind === "movie") return ids.map((id) => ({ mediaFileId: id, movieId: pick.id }));
    return ids
      .filter((id) => chosen[id])
      .map((id) => {
        const guess = files.find((f) => f.id === id)?.guess;
        const first = episodes.find((e) => e.id === chosen[id]);
        // Multi-episode files: the guessed episodes after the first one, in the same season.
        const more =
          guess && first
            ? guess.episodes
                .slice(1)
                .map((n) => episodes.find((e) => e.seasonNumber === first.seasonNumber && e.episodeNumber === n)?.id)
                .filter((x): x is string => !!x)
            : [];
        return { mediaFileId: id, seriesId: pick.id, episodeIds: [chosen[id], ...more] };
      });
  };

  return (
    <Card data-testid="unmatched-group">
      <CardHeader>
        <CardTitle className="flex min-w-0 items-center gap-2 text-sm font-medium">
          <FolderOpen className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <span className="truncate font-mono" title={folder}>
            {folder || "(library root)"}
          </span>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ul className="grid gap-2">
          {files.map((f) => (
            <li
              key={f.id}
              className="flex flex-wrap items-start gap-x-3 gap-y-2 rounded-md border p-2 text-sm sm:flex-nowrap sm:items-center"
            >
              {canImport && (
                <input
                  type="checkbox"
                  aria-label={`Select ${f.name}`}
                  checked={selected.has(f.id)}
                  onChange={(e) =>
                    setSelected((s) => {
                      const n = new Set(s);
                      if (e.target.checked) n.add(f.id);
                      else n.delete(f.id);
                      return n;
                    })
                  }
                />
              )}
              <div className="min-w-0 flex-1">
                <p className="break-all">{f.name}</p>
                <p className="text-xs text-muted-foreground">
                  Guess: {guessText(f.guess)} · {formatBytes(f.size)}
                </p>
              </div>
              {kind === "tv" && pick && (
                <NativeSelect
                  aria-label={`Episode for ${f.name}`}
                  value={chosen[f.id] ?? ""}
                  onChange={(e) => setChosen((c) => ({ ...c, [f.id]: e.target.value }))}
                  className="max-w-full sm:w-64"
                >
                  <option value="">Choose the episode…</option>
                  {episodes.map((e) => (
                    <option key={e.id} value={e.id}>
                      S{String(e.seasonNumber).padStart(2, "0")}E{String(e.episodeNumber).padStart(2, "0")}{" "}
                      {e.title ?? ""}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </li>
          ))}
        </ul>
        {canImport && (
          <div className="grid gap-2">
            <Input
              aria-label={kind === "movie" ? "Search movies" : "Search series"}
              placeholder={kind === "movie" ? "Search movies in the catalog…" : "Search series in the catalog…"}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            {results.length > 0 && (
              <div className="flex flex-wrap gap-2">
                {results.map((r) => (
                  <Button
                    key={r.id}
                    type="button"
                    size="sm"
                    variant={pick?.id === r.id ? "default" : "outline"}
                    onClick={() => choose(r)}
                  >
                    {r.title}
                    {r.year ? ` (${r.year})` : ""}
                  </Button>
                ))}
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                size="sm"
                disabled={pending || !pick || importItems().length === 0}
                onClick={() => run(importItems(), `Imported ${importItems().length} file(s)`)}
              >
                Import selected{pick ? ` as ${pick.title}` : ""}
              </Button>
              <Button
                type="button"
                size="sm"
                variant="outline"
                disabled={pending || ids.length === 0}
                onClick={() =>
                  run(
                    ids.map((id) => ({ mediaFileId: id, ignore: true })),
                    `Ignored ${ids.length} file(s)`,
                  )
                }
              >
                Ignore selected
              </Button>
            </div>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
