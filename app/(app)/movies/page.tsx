import type { Metadata } from "next";
import { Film } from "lucide-react";
import { LibraryGridPage, gridFilterValues } from "@/components/catalog/library-grid-page";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { labels, listMovies, movieGenres, movieListQuery, movieState, movieStatuses } from "@/lib/catalog";
import { itemsWithActiveDownloads } from "@/lib/downloads";
import { listLibraries, moviesWithFiles } from "@/lib/library";
import { isMetadataConfigured } from "@/lib/metadata";

export const metadata: Metadata = { title: "Movies" };

export default async function MoviesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("browse");
  const values = gridFilterValues(await searchParams);
  const parsed = movieListQuery.safeParse(values);
  const query = parsed.success ? parsed.data : movieListQuery.parse({});
  const [result, genres, libraries, configured] = await Promise.all([
    listMovies(actor, query),
    movieGenres(actor),
    // Library names are the inner side; requesters filter by the public face only.
    can(actor.role, "read") ? listLibraries(actor) : [],
    isMetadataConfigured(),
  ]);
  const [present, active] = await Promise.all([
    moviesWithFiles(
      actor,
      result.items.map((m) => m.id),
    ),
    itemsWithActiveDownloads(),
  ]);
  return (
    <LibraryGridPage
      title="Movies"
      noun={{ one: "movie", many: "movies" }}
      description="Every movie the household wants."
      basePath="/movies"
      addHref="/search?type=movie"
      icon={Film}
      eventPrefix="catalog.movie."
      role={actor.role}
      metadataConfigured={configured}
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
      total={result.total}
      page={result.page}
      pageSize={result.pageSize}
      cards={result.items.map((movie) => ({
        href: `/movies/${movie.id}`,
        title: movie.title,
        subtitle: [movie.year, labels.movieStatus[movie.status]].filter(Boolean).join(" · "),
        posterPath: movie.posterPath,
        kind: "movie",
        monitored: movie.monitored,
        badge: movie.rating ? movie.rating.toFixed(1) : undefined,
        status: {
          kind: "movie" as const,
          state: movieState({
            monitored: movie.monitored,
            status: movie.status,
            minimumAvailability: movie.minimumAvailability,
            hasFile: present.has(movie.id),
            downloading: active.movieIds.has(movie.id),
          }),
        },
      }))}
    />
  );
}
