import type { Metadata } from "next";
import { SearchIcon } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { AddSearch } from "@/components/catalog/add-search";
import { addOptionsFor } from "@/components/catalog/add-options";
import { AddTabs } from "@/components/catalog/add-tabs";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { isMetadataConfigured } from "@/lib/metadata";

export const metadata: Metadata = { title: "Add" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("browse");
  const raw = await searchParams;
  const type = raw.type === "tv" ? "tv" : "movie";
  const q = typeof raw.q === "string" ? raw.q : "";
  const [configured, options] = await Promise.all([isMetadataConfigured(), addOptionsFor(actor, type)]);
  return (
    <>
      <PageHeader title="Add" description="Find movies and series on TMDB and add them to the library." />
      <AddTabs active={`search-${type}`} releases={can(actor.role, "manage")} />
      {configured ? (
        <AddSearch
          key={type}
          type={type}
          initialQuery={q}
          options={options}
          canAdd={can(actor.role, "manage")}
          canRequest={can(actor.role, "request")}
        />
      ) : (
        <EmptyState
          icon={SearchIcon}
          title="No metadata source yet"
          description={
            actor.role === "admin"
              ? "Set a TMDB key or a metadata relay in Settings → Metadata to search for titles."
              : "An admin needs to set a TMDB key or a metadata relay in Settings → Metadata first."
          }
          action={
            actor.role === "admin" ? { label: "Open Settings → Metadata", href: "/settings/metadata" } : undefined
          }
        />
      )}
    </>
  );
}
