import type { Metadata } from "next";
import { AddTabs } from "@/components/catalog/add-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { FreeTextReleaseSearch } from "@/components/indexers/free-text-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Release search" };

/** Interactive search of every enabled indexer for free text; a grab asks what the release is for (catalog pages search by ids). */
export default async function ReleaseSearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePageActor("manage");
  const { q } = await searchParams;
  const text = q?.trim().slice(0, 300) ?? "";
  return (
    <>
      <AddTabs active="releases" />
      <PageHeader
        title="Release search"
        description="Search every enabled indexer at once; results appear as each indexer answers. Grab asks which movie or episodes a release is for."
      />
      <form action="/search/releases" className="mb-6 flex gap-2" role="search">
        <Input
          name="q"
          defaultValue={text}
          placeholder="Title, e.g. Dune Part Two 2024"
          aria-label="Search releases"
          className="max-w-xl"
        />
        <Button type="submit">Search</Button>
      </form>
      {text ? (
        <FreeTextReleaseSearch key={text} q={text} />
      ) : (
        <p className="text-sm text-muted-foreground">Type a title to search the indexers.</p>
      )}
    </>
  );
}
