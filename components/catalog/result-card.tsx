import Link from "next/link";
import { Ban, Check } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { SearchResultInLibrary } from "@/lib/catalog/search-to-add";
import { RequestDialog } from "@/components/requests/request-dialog";
import { AddDialog, type AddOptions } from "./add-dialog";
import { Poster } from "./poster";

/**
 * A TMDB result (search or discover) with "In library", "Add" (managers) or "Request" (requesters;
 * a series in the library too, for the seasons it lacks).
 */
export function ResultCard({
  result,
  options,
  canAdd,
  canRequest = false,
}: {
  result: SearchResultInLibrary;
  options: AddOptions;
  canAdd: boolean;
  canRequest?: boolean;
}) {
  const request = canRequest && !canAdd && (
    <RequestDialog type={result.type} tmdbId={result.tmdbId} title={result.title} year={result.year} />
  );
  const href = result.inLibrary
    ? result.type === "movie"
      ? `/movies/${result.inLibrary}`
      : `/tv/${result.inLibrary}`
    : null;
  return (
    <div className="flex flex-col gap-2" data-testid="search-result">
      <Poster path={result.posterPath} title={result.title} kind={result.type} width={342} />
      <div className="min-w-0 px-0.5">
        <p className="truncate text-sm font-medium" title={result.title}>
          {result.title}
        </p>
        <p className="truncate text-xs text-muted-foreground">
          {[result.year, result.rating ? `★ ${result.rating.toFixed(1)}` : null].filter(Boolean).join(" · ") ||
            "\u00a0"}
        </p>
      </div>
      {href ? (
        <>
          <Button asChild size="sm" variant="secondary" className="w-full">
            <Link href={href}>
              <Check aria-hidden /> In library
            </Link>
          </Button>
          {result.type === "tv" && request}
        </>
      ) : result.excluded ? (
        <Button asChild size="sm" variant="outline" className="w-full">
          <Link
            href="/settings/import-exclusions"
            title="On the import exclusion list: remove it there to add this title"
            data-testid="excluded"
          >
            <Ban aria-hidden /> Excluded
          </Link>
        </Button>
      ) : canAdd ? (
        <AddDialog
          type={result.type}
          tmdbId={result.tmdbId}
          title={result.title}
          year={result.year}
          options={options}
        />
      ) : (
        request || null
      )}
    </div>
  );
}
