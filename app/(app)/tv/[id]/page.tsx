import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChevronDown } from "lucide-react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { MediaHero } from "@/components/catalog/media-hero";
import { SeasonEpisodes, SeasonToggle } from "@/components/catalog/season-episodes";
import { InteractiveSearch } from "@/components/indexers/interactive-search";
import { SearchButton } from "@/components/automation/search-button";
import { SeriesControls } from "@/components/catalog/series-controls";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { getSeriesDetail, labels, seriesTags, type SeriesDetail } from "@/lib/catalog";
import { addOptionsFor } from "@/components/catalog/add-options";
import { MoveProgress } from "@/components/library/move-progress";
import { NotFoundError } from "@/lib/errors";
import { MediaFilesSection } from "@/components/library/media-files-section";
import { listLibraries, listMediaFiles } from "@/lib/library";

type Params = Promise<{ id: string }>;

async function load(id: string): Promise<SeriesDetail> {
  const actor = await requirePageActor("browse");
  try {
    return await getSeriesDetail(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function SeriesPage({ params }: { params: Params }) {
  const actor = await requirePageActor("browse");
  const series = await load((await params).id);
  const canEdit = can(actor.role, "manage");
  // Files and their paths are the library's inner side: requesters see the public face only.
  const canRead = can(actor.role, "read");
  const files = canRead ? await listMediaFiles(actor, { seriesId: series.id }) : null;
  const libraries = canRead ? await listLibraries(actor) : [];
  const [editOptions, tagSuggestions] = canEdit
    ? await Promise.all([addOptionsFor(actor, "tv"), seriesTags(actor)])
    : [null, []];
  const episodeById = new Map(series.seasons.flatMap((s) => s.episodes).map((e) => [e.id, e]));
  const episodeLabel = (ids: string[]) =>
    ids
      .map((id) => episodeById.get(id))
      .filter((e) => e !== undefined)
      .sort((a, b) => a.seasonNumber - b.seasonNumber || a.episodeNumber - b.episodeNumber)
      .map((e) => `S${String(e.seasonNumber).padStart(2, "0")}E${String(e.episodeNumber).padStart(2, "0")}`)
      .join(" ") || "Series extra";
  const today = new Date().toISOString().slice(0, 10);
  const seasons = series.seasons.filter((s) => !s.removedAt || s.episodes.length);
  // The newest season that has aired starts open.
  const openSeason = seasons.find(
    (s) => s.seasonNumber > 0 && s.episodes.some((e) => e.airDate && e.airDate <= today),
  )?.seasonNumber;
  return (
    <>
      <LiveRefresh prefixes={["catalog.series.", "library.file.", "library.scan.finished"]} />
      <MediaHero
        kind="tv"
        title={series.title}
        posterPath={series.posterPath}
        backdropPath={series.backdropPath}
        facts={[
          series.year ? String(series.year) : null,
          series.network,
          series.runtime ? `${series.runtime} min` : null,
          series.certification,
          labels.seriesStatus[series.status],
          labels.seriesType[series.seriesType],
          series.tags.length ? `Tags: ${series.tags.join(", ")}` : null,
          series.rating ? `★ ${series.rating.toFixed(1)}` : null,
        ]}
        genres={series.genres}
        overview={series.overview}
      >
        {canEdit && editOptions ? (
          <SeriesControls
            id={series.id}
            title={series.title}
            monitored={series.monitored}
            monitor={series.monitor}
            monitorNewSeasons={series.monitorNewSeasons}
            seriesType={series.seriesType}
            fileCount={files?.length ?? 0}
            edit={{
              options: editOptions,
              tagSuggestions,
              values: {
                monitored: series.monitored,
                monitor: series.monitor,
                monitorNewSeasons: series.monitorNewSeasons,
                seriesType: series.seriesType,
                libraryId: series.libraryId,
                qualityProfileId: series.qualityProfileId,
                tags: series.tags,
              },
            }}
          />
        ) : (
          <p className="text-sm text-muted-foreground">{series.monitored ? "Monitored" : "Not monitored"}</p>
        )}
      </MediaHero>
      {canRead && (
        <MoveProgress
          owner={{ seriesId: series.id }}
          libraryNames={Object.fromEntries(libraries.map((l) => [l.id, l.name]))}
        />
      )}
      <h2 className="mb-3 text-lg font-semibold tracking-tight">Seasons</h2>
      {seasons.length === 0 && (
        <p className="text-sm text-muted-foreground">TMDB lists no seasons for this series yet.</p>
      )}
      <div className="space-y-2">
        {seasons.map((season) => {
          const aired = season.episodes.filter((e) => !e.removedAt && e.airDate && e.airDate <= today).length;
          const monitoredCount = season.episodes.filter((e) => e.monitored && !e.removedAt).length;
          const name = season.seasonNumber === 0 ? "Specials" : (season.title ?? `Season ${season.seasonNumber}`);
          return (
            <details
              key={season.id}
              open={season.seasonNumber === openSeason}
              className="group rounded-xl border bg-card"
              data-testid={`season-${season.seasonNumber}`}
            >
              <summary className="flex cursor-pointer list-none items-center gap-3 px-4 py-3 [&::-webkit-details-marker]:hidden">
                <ChevronDown
                  className="size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-180"
                  aria-hidden
                />
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">{name}</span>
                  <span className="block text-xs text-muted-foreground">
                    {season.episodes.length} {season.episodes.length === 1 ? "episode" : "episodes"} · {aired} aired ·{" "}
                    {monitoredCount} monitored
                    {season.airDate ? ` · ${season.airDate.slice(0, 4)}` : ""}
                  </span>
                </span>
                <SeasonToggle
                  seriesId={series.id}
                  seasonNumber={season.seasonNumber}
                  monitored={season.monitored}
                  canEdit={canEdit}
                />
              </summary>
              <div className="border-t">
                <SeasonEpisodes
                  seriesId={series.id}
                  seasonNumber={season.seasonNumber}
                  canEdit={canEdit}
                  episodes={season.episodes.map((e) => ({
                    id: e.id,
                    episodeNumber: e.episodeNumber,
                    absoluteNumber: e.absoluteNumber,
                    title: e.title,
                    airDate: e.airDate,
                    runtime: e.runtime,
                    monitored: e.monitored,
                    removed: !!e.removedAt,
                  }))}
                />
                {canEdit && (
                  <div className="grid gap-3 border-t p-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <SearchButton
                        command={{ name: "SeasonSearch", seriesId: series.id, seasonNumber: season.seasonNumber }}
                        label={`Search ${name} automatically`}
                      />
                    </div>
                    <InteractiveSearch
                      subject={{ seriesId: series.id, season: season.seasonNumber }}
                      label={`Search indexers for ${name}`}
                    />
                  </div>
                )}
              </div>
            </details>
          );
        })}
      </div>
      {files && (
        <div className="mt-4">
          <MediaFilesSection
            files={files}
            owner={{ seriesId: series.id }}
            page={`/tv/${series.id}`}
            canEdit={canEdit}
            episodeLabel={episodeLabel}
          />
        </div>
      )}
    </>
  );
}
