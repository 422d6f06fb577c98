import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { getBackupsOverview } from "@/lib/backups";
import { BackupSettingsForm } from "./backup-settings-form";
import { BackupsPanel } from "./backups-panel";

export const metadata: Metadata = { title: "Backups" };
export const dynamic = "force-dynamic";

export default async function BackupsPage() {
  const overview = await getBackupsOverview(await requirePageActor("admin"));
  return (
    <>
      <PageHeader
        title="Backups"
        description="The database and the secret key, written owner-only to the backup folder. Restore one to go back to that moment."
      />
      <div className="grid gap-8">
        <BackupsPanel overview={overview} />
        <BackupSettingsForm settings={overview.settings} />
      </div>
    </>
  );
}
