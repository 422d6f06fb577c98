import type { Metadata } from "next";
import { Film } from "lucide-react";
import { listLabels, listView } from "@/components/catalog/bulk/list-data";
import { LibraryGridPage, gridFilterValues } from "@/components/catalog/library-grid-page";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { labels, listMovies, movieGenres, movieListQuery, movieState, movieStatuses } from "@/lib/catalog";
import { itemsWithActiveDownloads } from "@/lib/downloads";
import { listLibraryNames, moviesWithFiles } from "@/lib/library";
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
  const [result, genres, libraries, configured, view] = await Promise.all([
    listMovies(actor, query),
    movieGenres(actor),
    // Library names are the inner side; requesters filter by the public face only.
    can(actor.role, "read") ? listLibraryNames(actor) : [],
    isMetadataConfigured(),
    listView("movie"),
  ]);
  const [present, active, { profileNames, bulk }] = await Promise.all([
    moviesWithFiles(
      actor,
      result.items.map((m) => m.id),
    ),
    itemsWithActiveDownloads(),
    listLabels(actor, "movie", libraries),
  ]);
  const libraryNames = new Map(libraries.map((l) => [l.id, l.name]));
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
      kind="movie"
      view={view}
      sortable={["title", "year", "rating", "added"]}
      bulk={bulk}
      items={result.items.map((movie) => ({
        id: movie.id,
        card: {
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
        },
        row: () => ({
          id: movie.id,
          href: `/movies/${movie.id}`,
          title: movie.title,
          year: movie.year,
          status: labels.movieStatus[movie.status],
          monitored: movie.monitored,
          detail: [movie.runtime ? `${movie.runtime} min` : null, movie.certification].filter(Boolean).join(" · "),
          profile: profileNames.get(movie.qualityProfileId) ?? movie.qualityProfileId,
          library: libraryNames.get(movie.libraryId) ?? "",
          rating: movie.rating,
          added: movie.addedAt.slice(0, 10),
        }),
      }))}
    />
  );
}
