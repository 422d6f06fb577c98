import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck, ListChecks } from "lucide-react";
import { SearchButton } from "@/components/automation/search-button";
import { WantedList } from "@/components/automation/wanted-list";
import { Pagination } from "@/components/catalog/pagination";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { SectionTabs } from "@/components/shell/section-tabs";
import { cn } from "@/components/ui/utils";
import { requirePageActor } from "@/lib/accounts/next";
import { can } from "@/lib/accounts";
import type { CommandInput } from "@/lib/automation";
import { wantedCutoffUnmet, wantedMissing } from "@/lib/automation";
import { listMovies, listSeries } from "@/lib/catalog";

export const metadata: Metadata = { title: "Wanted" };

const PAGE_SIZE = 50;
const kinds = [
  { value: "all", label: "All" },
  { value: "movie", label: "Movies" },
  { value: "episode", label: "Episodes" },
] as const;
type Kind = (typeof kinds)[number]["value"];

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("read");
  const params = await searchParams;
  const cutoff = one(params.tab) === "cutoff";
  const kind: Kind = kinds.find((k) => k.value === one(params.kind))?.value ?? "all";
  const page = Math.max(1, Number.parseInt(one(params.page) ?? "1", 10) || 1);
  const query = { page, pageSize: PAGE_SIZE, kind };
  const result = cutoff ? await wantedCutoffUnmet(actor, query) : await wantedMissing(actor, query);
  const base = cutoff ? "/wanted?tab=cutoff" : "/wanted";
  const withKind = (k: Kind) => (k === "all" ? base : `${base}${cutoff ? "&" : "?"}kind=${k}`);
  const what = kind === "movie" ? "movies" : kind === "episode" ? "episodes" : "items";
  const canSearch = can(actor.role, "manage");
  const movieIds = result.items.filter((i) => i.kind === "movie").map((i) => i.id);
  const episodeIds = result.items.filter((i) => i.kind === "episode").map((i) => i.id);
  const pageSearch: CommandInput[] = [
    ...(movieIds.length ? [{ name: "MovieSearch" as const, movieIds }] : []),
    ...(episodeIds.length ? [{ name: "EpisodeSearch" as const, episodeIds }] : []),
  ];
  const catalogEmpty =
    result.total === 0 &&
    (await listMovies(actor, { pageSize: 1 })).total === 0 &&
    (await listSeries(actor, { pageSize: 1 })).total === 0;

  return (
    <>
      <PageHeader
        title="Wanted"
        description="Monitored movies and episodes that are missing, or whose file is below the quality profile's cutoff."
      />
      <SectionTabs
        label="Wanted lists"
        activeHref={cutoff ? "/wanted?tab=cutoff" : "/wanted"}
        tabs={[
          { href: "/wanted", label: "Missing" },
          { href: "/wanted?tab=cutoff", label: "Cutoff unmet" },
        ]}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <nav aria-label="Kind" className="flex gap-1">
          {kinds.map((k) => (
            <Link
              key={k.value}
              href={withKind(k.value)}
              aria-current={k.value === kind ? "page" : undefined}
              className={cn(
                "rounded-md px-2.5 py-1 text-sm",
                k.value === kind ? "bg-secondary font-medium" : "text-muted-foreground hover:text-foreground",
              )}
            >
              {k.label}
            </Link>
          ))}
        </nav>
        <p className="text-sm text-muted-foreground sm:ml-auto" aria-live="polite">
          {result.total} {result.total === 1 ? what.replace(/s$/, "") : what}
        </p>
        {canSearch && result.items.length > 0 && (
          <div className="flex flex-wrap gap-2">
            <SearchButton command={pageSearch} label={`Search this page (${result.items.length})`} />
            <SearchButton
              command={{ name: cutoff ? "CutoffUnmetSearch" : "MissingSearch" }}
              label={cutoff ? "Run cutoff search" : "Run missing search"}
            />
          </div>
        )}
      </div>
      {result.items.length > 0 ? (
        <>
          <WantedList items={result.items} cutoff={cutoff} canSearch={canSearch} />
          <Pagination
            basePath="/wanted"
            params={{ tab: cutoff ? "cutoff" : undefined, kind: kind === "all" ? undefined : kind }}
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
          />
        </>
      ) : catalogEmpty ? (
        <EmptyState
          icon={ListChecks}
          title="Nothing wanted yet"
          description="Missing and upgradable items are listed here once you add and monitor movies or series."
          action={{ label: "Add movies or series", href: "/search" }}
        />
      ) : result.total > 0 ? (
        <EmptyState
          icon={CircleCheck}
          title="No such page"
          description={`There are ${result.total} ${what}; this page is past the end.`}
          action={{ label: "First page", href: withKind(kind) }}
        />
      ) : cutoff ? (
        <EmptyState
          icon={CircleCheck}
          title="Every file meets its cutoff"
          description="No monitored movie or episode has a file below its quality profile's cutoff (profiles that do not allow upgrades are left out)."
        />
      ) : (
        <EmptyState
          icon={CircleCheck}
          title="Nothing missing"
          description="Every monitored movie that has reached its minimum availability and every aired monitored episode has a file on disk."
        />
      )}
    </>
  );
}
