import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { listArrImports } from "@/lib/migration";
import { ArrImportForm } from "./arr-import-form";
import { RecentImports } from "./recent-imports";

export const metadata: Metadata = { title: "Import from Sonarr/Radarr" };

export default async function ImportArrPage() {
  const actor = await requirePageActor("admin");
  const recent = await listArrImports(actor);
  return (
    <>
      <PageHeader
        title="Import from Sonarr/Radarr"
        description="Bring over a Radarr's or Sonarr's root folders, profiles, custom formats, tags, indexers, download clients, naming and titles. Files stay where they are and are attached to their titles. Start with a dry run: it lists what will be created, what is already here and what cannot come over, and writes nothing."
      />
      <div className="grid gap-6">
        <ArrImportForm />
        <RecentImports imports={recent} />
      </div>
    </>
  );
}
