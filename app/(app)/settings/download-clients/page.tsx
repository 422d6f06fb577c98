import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { listDownloadClientHealth, listDownloadClients } from "@/lib/downloads";
import { LiveRefresh } from "@/components/live/live-refresh";
import { listPathMappings } from "@/lib/library";
import { DownloadClientDialog } from "./download-client-dialog";
import { DownloadClientsList } from "./download-clients-list";
import { PathMappingsSection } from "./path-mappings-section";

export const metadata: Metadata = { title: "Download clients" };
export const dynamic = "force-dynamic";

export default async function DownloadClientsPage() {
  const actor = await requirePageActor("admin");
  const [clients, health] = await Promise.all([listDownloadClients(actor), listDownloadClientHealth(actor)]);
  return (
    <>
      <PageHeader
        title="Download clients"
        description="Where Mydia sends releases: torrents to qBittorrent or Transmission, NZBs to SABnzbd or NZBGet. The lowest priority number is tried first; if it is down, the next one takes the grab."
        actions={<DownloadClientDialog />}
      />
      <LiveRefresh prefixes={["download.client."]} />
      <DownloadClientsList clients={clients} health={health} />
      <PathMappingsSection mappings={await listPathMappings(actor)} />
    </>
  );
}
