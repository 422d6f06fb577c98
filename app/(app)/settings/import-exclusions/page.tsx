import type { Metadata } from "next";
import { Ban } from "lucide-react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { listImportExclusions } from "@/lib/catalog";
import { AddExclusion, ExclusionsTable } from "./exclusions-table";

export const metadata: Metadata = { title: "Import exclusions" };

export default async function ImportExclusionsPage() {
  const actor = await requirePageActor("manage");
  const exclusions = await listImportExclusions(actor);
  return (
    <>
      <LiveRefresh prefixes={["catalog.exclusion."]} />
      <PageHeader
        title="Import exclusions"
        description="Movies and series that are never added again: adding them is refused, and search and discover show them as excluded. Remove an entry to allow the title again."
        actions={<AddExclusion />}
      />
      {exclusions.length === 0 ? (
        <EmptyState
          icon={Ban}
          title="No exclusions"
          description={
            'Titles land here when you remove them with "Never add it again", or when you add one by its TMDB id.'
          }
        />
      ) : (
        <ExclusionsTable exclusions={exclusions} />
      )}
    </>
  );
}
