import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { addOptionsFor } from "@/components/catalog/add-options";
import { AddTabs } from "@/components/catalog/add-tabs";
import { PosterGrid } from "@/components/catalog/poster-card";
import { ResultCard } from "@/components/catalog/result-card";
import { cn } from "@/components/ui/utils";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { discoverToAdd, type ResultPageInLibrary } from "@/lib/catalog";
import { DomainError } from "@/lib/errors";
import { isMetadataConfigured, listGenres, type DiscoverList, type Genre } from "@/lib/metadata";

export const metadata: Metadata = { title: "Discover" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const lists: { value: DiscoverList; label: string }[] = [
  { value: "trending", label: "Trending" },
  { value: "popular", label: "Popular" },
  { value: "upcoming", label: "Upcoming" },
  { value: "topRated", label: "Top rated" },
];

function Chip({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      prefetch={false}
      aria-current={active ? "page" : undefined}
      className={cn(
        "rounded-full border px-3 py-1 text-sm whitespace-nowrap",
        active ? "border-primary bg-primary text-primary-foreground" : "hover:bg-muted",
      )}
    >
      {children}
    </Link>
  );
}

export default async function DiscoverPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("browse");
  const raw = await searchParams;
  const type = raw.type === "tv" ? "tv" : "movie";
  const genreId = typeof raw.genre === "string" && /^\d+$/.test(raw.genre) ? Number(raw.genre) : null;
  const list = lists.find((l) => l.value === raw.list)?.value ?? "trending";
  const href = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams({ type, ...(genreId ? { genre: String(genreId) } : { list }) });
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) params.delete(k);
      else params.set(k, v);
    }
    return `/discover?${params}`;
  };

  if (!(await isMetadataConfigured())) {
    return (
      <>
        <PageHeader
          title="Discover"
          description={
            can(actor.role, "manage")
              ? "Trending, popular and upcoming titles from TMDB."
              : "Trending, popular and upcoming titles from TMDB: request what you want to watch."
          }
        />
        <AddTabs active="discover" releases={can(actor.role, "manage")} />
        <EmptyState
          icon={Compass}
          title="No metadata source yet"
          description="Set a TMDB key or a metadata relay in Settings → Metadata."
          action={
            actor.role === "admin" ? { label: "Open Settings → Metadata", href: "/settings/metadata" } : undefined
          }
        />
      </>
    );
  }

  let page: ResultPageInLibrary | null = null;
  let genres: Genre[] = [];
  let error: string | null = null;
  try {
    [page, genres] = await Promise.all([
      discoverToAdd(actor, type, genreId ? { genreId } : list),
      listGenres(actor, type),
    ]);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    error = e.message;
  }
  const options = await addOptionsFor(actor, type);

  return (
    <>
      <PageHeader
        title="Discover"
        description={
          can(actor.role, "manage")
            ? "Trending, popular and upcoming titles from TMDB."
            : "Trending, popular and upcoming titles from TMDB: request what you want to watch."
        }
      />
      <AddTabs active="discover" releases={can(actor.role, "manage")} />
      <div className="mb-4 flex flex-wrap gap-2">
        <Chip href={href({ type: "movie", genre: null })} active={type === "movie"}>
          Movies
        </Chip>
        <Chip href={href({ type: "tv", genre: null })} active={type === "tv"}>
          TV
        </Chip>
        <span className="mx-1 w-px self-stretch bg-border" aria-hidden />
        {lists.map((l) => (
          <Chip key={l.value} href={href({ list: l.value, genre: null })} active={!genreId && list === l.value}>
            {type === "tv" && l.value === "upcoming" ? "On the air" : l.label}
          </Chip>
        ))}
      </div>
      {genres.length > 0 && (
        <div className="mb-5 flex gap-2 overflow-x-auto pb-1" aria-label="Genres">
          {genres.map((g) => (
            <Chip key={g.id} href={href({ genre: String(g.id), list: null })} active={genreId === g.id}>
              {g.name}
            </Chip>
          ))}
        </div>
      )}
      {error && (
        <Alert variant="destructive" className="mb-4">
          <AlertTitle>TMDB could not be asked</AlertTitle>
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      )}
      {page && (
        <PosterGrid>
          {page.results.map((result) => (
            <ResultCard
              key={`${result.type}-${result.tmdbId}`}
              result={result}
              options={options}
              canAdd={can(actor.role, "manage")}
              canRequest={can(actor.role, "request")}
            />
          ))}
        </PosterGrid>
      )}
    </>
  );
}
