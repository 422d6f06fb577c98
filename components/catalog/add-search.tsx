"use client";

import { useEffect, useRef, useState } from "react";
import { Loader2, Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import type { ResultPageInLibrary } from "@/lib/catalog/search-to-add";
import type { AddOptions } from "./add-dialog";
import { PosterGrid } from "./poster-card";
import { ResultCard } from "./result-card";

/** Search-as-you-type against /api/v1/metadata/search (debounced; stale answers are dropped). */
export function AddSearch({
  type,
  initialQuery,
  options,
  canAdd,
  canRequest = false,
}: {
  type: "movie" | "tv";
  initialQuery: string;
  options: AddOptions;
  canAdd: boolean;
  canRequest?: boolean;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<{ loading: boolean; error: string | null; page: ResultPageInLibrary | null }>({
    loading: false,
    error: null,
    page: null,
  });
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setState({ loading: false, error: null, page: null });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(
      () =>
        void (async () => {
          try {
            const response = await fetch(`/api/v1/metadata/search?${new URLSearchParams({ type, q })}`);
            const body = (await response.json()) as ResultPageInLibrary | { error: { message: string } };
            if (ticket !== latest.current) return;
            if ("error" in body) setState({ loading: false, error: body.error.message, page: null });
            else setState({ loading: false, error: null, page: body });
          } catch {
            if (ticket === latest.current)
              setState({ loading: false, error: "Mydia could not be reached.", page: null });
          }
        })(),
      300,
    );
    const url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    return () => clearTimeout(timer);
  }, [query, type]);

  return (
    <div className="space-y-5">
      <div className="relative max-w-xl">
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden
        />
        <Input
          type="search"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={
            type === "movie"
              ? "Search movies by title, e.g. Fight Club"
              : "Search series by title, e.g. Game of Thrones"
          }
          aria-label={type === "movie" ? "Search movies" : "Search series"}
          className="h-11 pl-9 text-base"
        />
        {state.loading && (
          <Loader2
            className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin text-muted-foreground"
            aria-label="Searching"
          />
        )}
      </div>
      {state.error && (
        <p
          role="alert"
          className="rounded-lg border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm text-destructive"
        >
          {state.error}
        </p>
      )}
      {state.page && state.page.results.length === 0 && (
        <p className="text-sm text-muted-foreground">Nothing on TMDB matches “{query.trim()}”.</p>
      )}
      {state.page && state.page.results.length > 0 && (
        <PosterGrid>
          {state.page.results.map((result) => (
            <ResultCard
              key={`${result.type}-${result.tmdbId}`}
              result={result}
              options={options}
              canAdd={canAdd}
              canRequest={canRequest}
            />
          ))}
        </PosterGrid>
      )}
    </div>
  );
}
