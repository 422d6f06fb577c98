"use client";

import { Check, FolderOpen, Search } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { MatchCandidate } from "@/lib/library";
import { chooseTitlesAction, ignoreFoldersAction, searchMetadataAction, type MetadataPick } from "./actions";

const percent = (n: number) => `${Math.round(n * 100)} %`;
const titleText = (t: { title: string; year: number | null }) => `${t.title}${t.year ? ` (${t.year})` : ""}`;

/** One title folder in the review: accept its candidate, fix it with a TMDB search (the whole folder), or ignore it. */
export function ReviewFolder({
  libraryId,
  kind,
  folder,
  state,
  candidate,
  reason,
  fileCount,
  canManage,
  children,
}: {
  libraryId: string;
  kind: "movie" | "tv";
  folder: string;
  state: "unsure" | "unmatched";
  candidate: MatchCandidate | null;
  reason: string | null;
  fileCount: number;
  canManage: boolean;
  children: React.ReactNode;
}) {
  const name = folder.startsWith("/") ? folder.slice(1) : folder;
  const [fixing, setFixing] = useState(false);
  const [query, setQuery] = useState(() =>
    name
      .replace(/[[{(].*$/, "")
      .replace(/[._]/g, " ")
      .trim(),
  );
  const [results, setResults] = useState<MetadataPick[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const choose = (tmdbId: number, label: string) =>
    start(async () => {
      const result = await chooseTitlesAction(libraryId, [{ folder, tmdbId }]);
      if (!result.ok) return void toast.error(result.error);
      setDone(`Matching as ${label}…`);
      toast.success(`${name}: matching as ${label}`);
    });
  const search = () =>
    start(async () => {
      const result = await searchMetadataAction(kind, query.trim());
      if (!result.ok) return void toast.error(result.error);
      setResults(result.data);
    });
  const ignore = () =>
    start(async () => {
      const result = await ignoreFoldersAction(libraryId, [folder]);
      if (!result.ok) return void toast.error(result.error);
      toast.success(`Ignored ${result.data.ignored} file(s) in ${name}`);
    });

  return (
    <Card data-testid="review-folder" role="region" aria-label={name}>
      <CardHeader className="gap-2">
        <CardTitle className="flex min-w-0 flex-wrap items-center gap-2 text-sm font-medium">
          <FolderOpen className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <span className="min-w-0 flex-1 truncate font-mono" title={name}>
            {name}
          </span>
          {state === "unsure" && candidate ? (
            <Badge variant="warning">Unsure · {percent(candidate.confidence)}</Badge>
          ) : (
            <Badge variant="outline">Unmatched</Badge>
          )}
        </CardTitle>
        <p className="text-xs text-muted-foreground">
          {fileCount} {fileCount === 1 ? "video" : "videos"}
          {reason && !candidate ? ` · ${reason}` : ""}
        </p>
      </CardHeader>
      <CardContent className="grid gap-3">
        {done ? (
          <p className="text-sm text-muted-foreground" role="status">
            {done}
          </p>
        ) : (
          canManage && (
            <div className="flex flex-wrap items-center gap-2">
              {candidate && (
                <Button
                  type="button"
                  size="sm"
                  disabled={pending}
                  onClick={() => choose(candidate.tmdbId, titleText(candidate))}
                  className="max-w-full"
                >
                  <Check aria-hidden />
                  <span className="truncate">Accept {titleText(candidate)}</span>
                </Button>
              )}
              <Button type="button" size="sm" variant="outline" disabled={pending} onClick={() => setFixing((f) => !f)}>
                <Search aria-hidden />
                Fix…
              </Button>
              <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={ignore}>
                Ignore
              </Button>
            </div>
          )
        )}
        {fixing && !done && (
          <form
            className="grid gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (query.trim()) search();
            }}
          >
            <div className="flex gap-2">
              <Input
                aria-label={`Search TMDB for ${name}`}
                placeholder={kind === "movie" ? "Search TMDB movies…" : "Search TMDB series…"}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                className="min-w-0"
              />
              <Button type="submit" size="sm" disabled={pending || !query.trim()}>
                Search
              </Button>
            </div>
            {results && results.length === 0 && (
              <p className="text-sm text-muted-foreground">Nothing found: try the original title or fewer words.</p>
            )}
            {results && results.length > 0 && (
              <ul className="grid gap-1" aria-label="Search results">
                {results.map((r) => (
                  <li key={r.tmdbId}>
                    <Button
                      type="button"
                      variant="ghost"
                      size="sm"
                      className="h-auto w-full justify-start py-1.5 text-left whitespace-normal"
                      disabled={pending}
                      onClick={() => choose(r.tmdbId, titleText(r))}
                    >
                      <span className="font-medium">{titleText(r)}</span>
                      {r.overview && (
                        <span className="line-clamp-1 hidden text-xs text-muted-foreground sm:inline">
                          {r.overview}
                        </span>
                      )}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <p className="text-xs text-muted-foreground">The title you pick applies to every file in this folder.</p>
          </form>
        )}
        <details className="group">
          <summary className="cursor-pointer text-sm text-muted-foreground hover:text-foreground">
            Files, one by one
          </summary>
          <div className="mt-2">{children}</div>
        </details>
      </CardContent>
    </Card>
  );
}
