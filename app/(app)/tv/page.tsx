import type { Metadata } from "next";
import Link from "next/link";
import { Plus, SearchX, Tv } from "lucide-react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { LibraryToolbar } from "@/components/catalog/library-toolbar";
import { Pagination } from "@/components/catalog/pagination";
import { PosterCard, PosterGrid } from "@/components/catalog/poster-card";
import { roleAtLeast } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { labels, listLibraries, listSeries, seriesGenres, seriesListQuery, seriesStatuses } from "@/lib/catalog";
import { isMetadataConfigured } from "@/lib/metadata";

export const metadata: Metadata = { title: "TV" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function TvPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const values = Object.fromEntries(["q", "sort", "dir", "monitored", "status", "genre", "libraryId", "page"].map((k) => [k, one(raw[k])]));
  const parsed = seriesListQuery.safeParse(values);
  const query = parsed.success ? parsed.data : seriesListQuery.parse({});
  const [result, genres, libraries, configured] = await Promise.all([listSeries(actor, query), seriesGenres(actor), listLibraries(), isMetadataConfigured()]);
  const canAdd = roleAtLeast(actor.role, "user");
  const filtered = !!(values.q || values.monitored || values.status || values.genre || values.libraryId);

  return (
    <>
      <LiveRefresh prefixes={["catalog.series."]} />
      <PageHeader
        title="TV"
        description={result.total ? `${result.total.toLocaleString("en")} ${result.total === 1 ? "series" : "series"}${filtered ? " match" : " in the library"}` : "Every show the household follows."}
        actions={
          canAdd && (
            <Button asChild>
              <Link href="/search?type=tv">
                <Plus aria-hidden /> Add series
              </Link>
            </Button>
          )
        }
      />
      {(result.total > 0 || filtered) && (
        <LibraryToolbar
          action="/tv"
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
        />
      )}
      {result.total === 0 ? (
        filtered ? (
          <EmptyState icon={SearchX} title="No series match" description="Try another search or clear the filters." action={{ label: "Clear filters", href: "/tv" }} />
        ) : !configured ? (
          <EmptyState
            icon={Tv}
            title="No series yet"
            description={
              actor.role === "admin"
                ? "Set a TMDB key or a metadata relay in Settings → Metadata, then add your first series."
                : "An admin needs to set a TMDB key or a metadata relay in Settings → Metadata first."
            }
            action={actor.role === "admin" ? { label: "Open Settings → Metadata", href: "/settings/metadata" } : undefined}
          />
        ) : (
          <EmptyState
            icon={Tv}
            title="No series yet"
            description={canAdd ? "Add your first series: search TMDB by title." : "Nothing has been added yet."}
            action={canAdd ? { label: "Add your first series", href: "/search?type=tv", icon: Plus } : undefined}
          />
        )
      ) : (
        <>
          <PosterGrid>
            {result.items.map((series, index) => (
              <PosterCard
                key={series.id}
                href={`/tv/${series.id}`}
                title={series.title}
                subtitle={[series.year, series.network, `${series.episodeCount} ep`].filter(Boolean).join(" · ")}
                posterPath={series.posterPath}
                kind="tv"
                monitored={series.monitored}
                badge={labels.seriesStatus[series.status]}
                eager={index < 6}
              />
            ))}
          </PosterGrid>
          <Pagination basePath="/tv" params={values} page={result.page} pageSize={result.pageSize} total={result.total} />
        </>
      )}
    </>
  );
}
