import type { Metadata } from "next";
import Link from "next/link";
import { Film, Plus, SearchX } from "lucide-react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { LibraryToolbar } from "@/components/catalog/library-toolbar";
import { Pagination } from "@/components/catalog/pagination";
import { PosterCard, PosterGrid } from "@/components/catalog/poster-card";
import { roleAtLeast } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { labels, listLibraries, listMovies, movieGenres, movieListQuery, movieStatuses } from "@/lib/catalog";
import { isMetadataConfigured } from "@/lib/metadata";

export const metadata: Metadata = { title: "Movies" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function MoviesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const values = Object.fromEntries(["q", "sort", "dir", "monitored", "status", "genre", "libraryId", "page"].map((k) => [k, one(raw[k])]));
  const parsed = movieListQuery.safeParse(values);
  const query = parsed.success ? parsed.data : movieListQuery.parse({});
  const [result, genres, libraries, configured] = await Promise.all([listMovies(actor, query), movieGenres(actor), listLibraries(), isMetadataConfigured()]);
  const canAdd = roleAtLeast(actor.role, "user");
  const filtered = !!(values.q || values.monitored || values.status || values.genre || values.libraryId);

  return (
    <>
      <LiveRefresh prefixes={["catalog.movie."]} />
      <PageHeader
        title="Movies"
        description={result.total ? `${result.total.toLocaleString("en")} ${result.total === 1 ? "movie" : "movies"}${filtered ? " match" : " in the library"}` : "Every movie the household wants."}
        actions={
          canAdd && (
            <Button asChild>
              <Link href="/search?type=movie">
                <Plus aria-hidden /> Add movie
              </Link>
            </Button>
          )
        }
      />
      {(result.total > 0 || filtered) && (
        <LibraryToolbar
          action="/movies"
          values={values}
          sorts={[
            { value: "title", label: "Title" },
            { value: "year", label: "Year" },
            { value: "added", label: "Date added" },
            { value: "rating", label: "Rating" },
            { value: "release", label: "Release date" },
          ]}
          statuses={movieStatuses.map((s) => ({ value: s, label: labels.movieStatus[s] }))}
          genres={genres}
          libraries={libraries.filter((l) => l.kind === "movie").map((l) => ({ value: l.id, label: l.name }))}
        />
      )}
      {result.total === 0 ? (
        filtered ? (
          <EmptyState icon={SearchX} title="No movies match" description="Try another search or clear the filters." action={{ label: "Clear filters", href: "/movies" }} />
        ) : !configured ? (
          <EmptyState
            icon={Film}
            title="No movies yet"
            description={
              actor.role === "admin"
                ? "Set a TMDB key or a metadata relay in Settings → Metadata, then add your first movie."
                : "An admin needs to set a TMDB key or a metadata relay in Settings → Metadata first."
            }
            action={actor.role === "admin" ? { label: "Open Settings → Metadata", href: "/settings/metadata" } : undefined}
          />
        ) : (
          <EmptyState
            icon={Film}
            title="No movies yet"
            description={canAdd ? "Add your first movie: search TMDB by title." : "Nothing has been added yet."}
            action={canAdd ? { label: "Add your first movie", href: "/search?type=movie", icon: Plus } : undefined}
          />
        )
      ) : (
        <>
          <PosterGrid>
            {result.items.map((movie, index) => (
              <PosterCard
                key={movie.id}
                href={`/movies/${movie.id}`}
                title={movie.title}
                subtitle={[movie.year, labels.movieStatus[movie.status]].filter(Boolean).join(" · ")}
                posterPath={movie.posterPath}
                kind="movie"
                monitored={movie.monitored}
                badge={movie.rating ? movie.rating.toFixed(1) : undefined}
                eager={index < 6}
              />
            ))}
          </PosterGrid>
          <Pagination basePath="/movies" params={values} page={result.page} pageSize={result.pageSize} total={result.total} />
        </>
      )}
    </>
  );
}
