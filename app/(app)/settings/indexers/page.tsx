import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { indexerStats, listDefinitions, listIndexers } from "@/lib/indexers";
import { DefinitionsCatalog } from "./definitions-catalog";
import { IndexerDialog } from "./indexer-dialog";
import { IndexersList } from "./indexers-list";
import { ProwlarrImportDialog } from "./prowlarr-import-dialog";

export const metadata: Metadata = { title: "Indexers" };
export const dynamic = "force-dynamic";

export default async function IndexersPage() {
  const actor = await requirePageActor("admin");
  const [indexers, definitions, stats] = await Promise.all([
    listIndexers(actor),
    listDefinitions(actor),
    indexerStats(actor, 30),
  ]);
  const runnable = definitions.filter((d) => d.runnable).map((d) => ({ id: d.id, name: d.name }));
  return (
    <>
      <PageHeader
        title="Indexers"
        description="Where Mydia looks for releases. Each indexer is asked at once; slow or failing ones back off on their own."
        actions={
          <>
            <ProwlarrImportDialog />
            <IndexerDialog definitions={runnable} />
          </>
        }
      />
      <IndexersList indexers={indexers} stats={stats.indexers} definitions={runnable} />
      <DefinitionsCatalog definitions={definitions} />
    </>
  );
}
