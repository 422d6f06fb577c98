import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InteractiveSearch } from "@/components/indexers/interactive-search";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FactList, MediaHero } from "@/components/catalog/media-hero";
import { MovieControls } from "@/components/catalog/movie-controls";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { getMovie, labels, movieTags, type Movie } from "@/lib/catalog";
import { addOptionsFor } from "@/components/catalog/add-options";
import { MoveProgress } from "@/components/library/move-progress";
import { NotFoundError } from "@/lib/errors";
import { MediaFilesSection } from "@/components/library/media-files-section";
import { listMediaFiles, listLibraries } from "@/lib/library";
import { qualityProfileNames } from "@/lib/quality";

type Params = Promise<{ id: string }>;

const day = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" }) : "—";

async function load(id: string): Promise<Movie> {
  const actor = await requirePageActor("browse");
  try {
    return await getMovie(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function MoviePage({ params }: { params: Params }) {
  const actor = await requirePageActor("browse");
  const movie = await load((await params).id);
  // Files, paths and the library are the inner side: requesters see the public face only.
  const canRead = can(actor.role, "read");
  const canManage = can(actor.role, "manage");
  const libraries = canRead ? await listLibraries(actor) : [];
  const library = libraries.find((l) => l.id === movie.libraryId);
  const files = canRead ? await listMediaFiles(actor, { movieId: movie.id }) : null;
  const [editOptions, tagSuggestions] = canManage
    ? await Promise.all([addOptionsFor(actor, "movie"), movieTags(actor)])
    : [null, []];
  const hours = movie.runtime ? `${Math.floor(movie.runtime / 60)}h ${movie.runtime % 60}m` : null;
  return (
    <>
      <LiveRefresh prefixes={["catalog.movie.", "library.file.", "library.scan.finished"]} />
      <MediaHero
        kind="movie"
        title={movie.title}
        posterPath={movie.posterPath}
        backdropPath={movie.backdropPath}
        facts={[
          movie.year ? String(movie.year) : null,
          hours,
          movie.certification,
          labels.movieStatus[movie.status],
          movie.rating ? `★ ${movie.rating.toFixed(1)}` : null,
        ]}
        genres={movie.genres}
        overview={movie.overview}
      >
        {canManage && editOptions ? (
          <MovieControls
            id={movie.id}
            title={movie.title}
            monitored={movie.monitored}
            minimumAvailability={movie.minimumAvailability}
            fileCount={files?.length ?? 0}
            edit={{
              options: editOptions,
              tagSuggestions,
              values: {
                monitored: movie.monitored,
                minimumAvailability: movie.minimumAvailability,
                libraryId: movie.libraryId,
                qualityProfileId: movie.qualityProfileId,
                tags: movie.tags,
              },
            }}
          />
        ) : (
          <p className="text-sm text-muted-foreground">{movie.monitored ? "Monitored" : "Not monitored"}</p>
        )}
      </MediaHero>
      {canRead && (
        <MoveProgress
          owner={{ movieId: movie.id }}
          libraryNames={Object.fromEntries(libraries.map((l) => [l.id, l.name]))}
        />
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Releases</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList
              rows={[
                ["In cinemas", day(movie.inCinemasAt)],
                ["Digital", day(movie.digitalReleaseAt)],
                ["Physical", day(movie.physicalReleaseAt)],
                ["Available when", labels.minimumAvailability[movie.minimumAvailability]],
              ]}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Details</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList
              rows={[
                ["Original title", movie.originalTitle ?? movie.title],
                ["Collection", movie.collection?.name ?? "—"],
                ["Tags", movie.tags.length ? movie.tags.join(", ") : "—"],
                ...(canRead
                  ? ([
                      ["Library", library ? `${library.name} (${library.path ?? "no root folder"})` : movie.libraryId],
                      [
                        "Quality profile",
                        (await qualityProfileNames()).get(movie.qualityProfileId) ?? movie.qualityProfileId,
                      ],
                    ] satisfies [string, React.ReactNode][])
                  : []),
                [
                  "TMDB",
                  <a
                    key="tmdb"
                    className="underline underline-offset-4"
                    href={`https://www.themoviedb.org/movie/${movie.tmdbId}`}
                    rel="noreferrer"
                    target="_blank"
                  >
                    {movie.tmdbId}
                  </a>,
                ],
                [
                  "IMDb",
                  movie.imdbId ? (
                    <a
                      key="imdb"
                      className="underline underline-offset-4"
                      href={`https://www.imdb.com/title/${movie.imdbId}/`}
                      rel="noreferrer"
                      target="_blank"
                    >
                      {movie.imdbId}
                    </a>
                  ) : (
                    "—"
                  ),
                ],
                [
                  "Search on add",
                  movie.searchRequestedAt ? `Requested ${day(movie.searchRequestedAt)}` : "Not requested",
                ],
                [
                  "Last refreshed",
                  movie.refreshedAt
                    ? new Date(movie.refreshedAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })
                    : "never",
                ],
              ]}
            />
          </CardContent>
        </Card>
      </div>
      {canManage && (
        <Card className="mt-4">
          <CardHeader>
            <CardTitle className="text-base">Interactive search</CardTitle>
          </CardHeader>
          <CardContent>
            <InteractiveSearch subject={{ movieId: movie.id }} />
          </CardContent>
        </Card>
      )}
      {files && (
        <div className="mt-4">
          <MediaFilesSection
            files={files}
            owner={{ movieId: movie.id }}
            page={`/movies/${movie.id}`}
            canEdit={canManage}
          />
        </div>
      )}
    </>
  );
}
