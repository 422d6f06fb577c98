import type { Metadata } from "next";
import { Tv } from "lucide-react";
import { listLabels, listView } from "@/components/catalog/bulk/list-data";
import { LibraryGridPage, gridFilterValues } from "@/components/catalog/library-grid-page";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { labels, listSeries, seriesGenres, seriesListQuery, seriesStatuses } from "@/lib/catalog";
import { itemsWithActiveDownloads } from "@/lib/downloads";
import { listLibraryNames, seriesProgress } from "@/lib/library";
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
  const [result, genres, libraries, configured, view] = await Promise.all([
    listSeries(actor, query),
    seriesGenres(actor),
    // Library names are the inner side; requesters filter by the public face only.
    can(actor.role, "read") ? listLibraryNames(actor) : [],
    isMetadataConfigured(),
    listView("series"),
  ]);
  const [progress, { profileNames, bulk }] = await Promise.all([
    itemsWithActiveDownloads().then(({ episodeIds }) => seriesProgress(actor, result.items, episodeIds)),
    listLabels(actor, "series", libraries),
  ]);
  const libraryNames = new Map(libraries.map((l) => [l.id, l.name]));
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
      kind="series"
      view={view}
      sortable={["title", "year", "rating", "added"]}
      bulk={bulk}
      items={result.items.map((series) => ({
        id: series.id,
        card: {
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
        },
        row: () => ({
          id: series.id,
          href: `/tv/${series.id}`,
          title: series.title,
          year: series.year,
          status: labels.seriesStatus[series.status],
          monitored: series.monitored,
          detail: [series.network, `${series.seasonCount} seasons`, `${series.episodeCount} ep`]
            .filter(Boolean)
            .join(" · "),
          profile: profileNames.get(series.qualityProfileId) ?? series.qualityProfileId,
          library: libraryNames.get(series.libraryId) ?? "",
          rating: series.rating,
          added: series.addedAt.slice(0, 10),
        }),
      }))}
    />
  );
}
