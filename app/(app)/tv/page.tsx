import type { Metadata } from "next";
import { Tv } from "lucide-react";
import { LibraryGridPage, gridFilterValues } from "@/components/catalog/library-grid-page";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { labels, listSeries, seriesGenres, seriesListQuery, seriesStatuses } from "@/lib/catalog";
import { itemsWithActiveDownloads } from "@/lib/downloads";
import { listLibraries, seriesProgress } from "@/lib/library";
import { isMetadataConfigured } from "@/lib/metadata";

export const metadata: Metadata = { title: "TV" };

export default async function TvPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("browse");
  const values = gridFilterValues(await searchParams);
  const parsed = seriesListQuery.safeParse(values);
  const query = parsed.success ? parsed.data : seriesListQuery.parse({});
  const [result, genres, libraries, configured] = await Promise.all([
    listSeries(actor, query),
    seriesGenres(actor),
    // Library names are the inner side; requesters filter by the public face only.
    can(actor.role, "read") ? listLibraries(actor) : [],
    isMetadataConfigured(),
  ]);
  const progress = await seriesProgress(actor, result.items, (await itemsWithActiveDownloads()).episodeIds);
  return (
    <LibraryGridPage
      title="TV"
      noun={{ one: "series", many: "series" }}
      description="Every show the household follows."
      basePath="/tv"
      addHref="/search?type=tv"
      icon={Tv}
      eventPrefix="catalog.series."
      role={actor.role}
      metadataConfigured={configured}
      values={values}
      sorts={[
        { value: "title", label: "Title" },
        { value: "year", label: "Year" },
        { value: "added", label: "Date added" },
        { value: "rating", label: "Rating" },
      ]}
      statuses={seriesStatuses.map((s) => ({ value: s, label: labels.seriesStatus[s] }))}
      genres={genres}
      libraries={libraries.filter((l) => l.kind === "tv").map((l) => ({ value: l.id, label: l.name }))}
      total={result.total}
      page={result.page}
      pageSize={result.pageSize}
      cards={result.items.map((series) => ({
        href: `/tv/${series.id}`,
        title: series.title,
        subtitle: [series.year, series.network, `${series.episodeCount} ep`].filter(Boolean).join(" · "),
        posterPath: series.posterPath,
        kind: "tv",
        monitored: series.monitored,
        badge: labels.seriesStatus[series.status],
        status: (() => {
          const p = progress.get(series.id)!;
          return { kind: "series" as const, progress: p.progress, bar: p.kind };
        })(),
      }))}
    />
  );
}
