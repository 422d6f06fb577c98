import type { Metadata } from "next";
import { Ban, Download, History, Recycle } from "lucide-react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { SectionTabs } from "@/components/shell/section-tabs";
import { can, type Actor } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import {
  historyEvents,
  listBlocklistPage,
  listDownloadClients,
  listHistory,
  listQueue,
  type HistoryEvent,
} from "@/lib/downloads";
import { listLibraryNames, listRecycleBin } from "@/lib/library";
import { eventLabels } from "@/components/downloads/history-format";
import { BlocklistList } from "./blocklist-list";
import { RecycleBinList } from "./recycle-bin-list";
import { historyHref } from "./format";
import { HistoryFilter } from "./history-filter";
import { HistoryList } from "./history-list";
import { PageNav } from "./page-nav";
import { QueueList } from "./queue-list";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

const tabs = [
  { href: "/activity", label: "Queue" },
  { href: "/activity?tab=history", label: "History" },
  { href: "/activity?tab=blocklist", label: "Blocklist" },
  { href: "/activity?tab=recycle", label: "Recycle bin" },
];

const eventFilterLabels = Object.fromEntries(historyEvents.map((e) => [e, eventLabels[e].label])) as Record<
  HistoryEvent,
  string
>;

const isHistoryEvent = (value: string | undefined): value is HistoryEvent =>
  (historyEvents as readonly string[]).includes(value ?? "");

const PAGE_SIZE = 50;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string; page?: string; event?: string }>;
}) {
  const actor = await requirePageActor("read");
  const { tab = "queue", page: pageParam, event } = await searchParams;
  const canManage = can(actor.role, "manage");
  const active = ["history", "blocklist", "recycle"].includes(tab) ? `/activity?tab=${tab}` : "/activity";

  return (
    <>
      <PageHeader
        title="Activity"
        description="Downloads in progress, what happened to them, releases Mydia will not grab again, and files it replaced."
      />
      <SectionTabs label="Activity" tabs={tabs} activeHref={active} />
      {tab === "history" ? (
        <HistoryTab
          actor={actor}
          page={Math.max(1, Number(pageParam) || 1)}
          event={isHistoryEvent(event) ? event : null}
        />
      ) : tab === "blocklist" ? (
        <BlocklistTab actor={actor} canManage={canManage} page={Math.max(1, Number(pageParam) || 1)} />
      ) : tab === "recycle" ? (
        <RecycleTab actor={actor} canManage={canManage} />
      ) : (
        <QueueTab actor={actor} canManage={canManage} />
      )}
    </>
  );
}

async function QueueTab({ actor, canManage }: { actor: Actor; canManage: boolean }) {
  const isAdmin = actor.kind === "user" && actor.role === "admin";
  const items = await listQueue(actor);
  if (items.length > 0) return <QueueList items={items} canManage={canManage} />;
  const hasClient = isAdmin ? (await listDownloadClients(actor)).some((c) => c.enabled) : true;
  return (
    <>
      <LiveRefresh prefixes={["download."]} />
      <EmptyState
        icon={Download}
        title="Nothing downloading"
        description={
          hasClient
            ? "Releases grabbed from a search, by hand or automatically, show up here with live progress until they are imported."
            : "No download client is set up yet: add qBittorrent, Transmission, SABnzbd or NZBGet so Mydia can grab releases."
        }
        action={hasClient ? undefined : { label: "Add a download client", href: "/settings/download-clients" }}
      />
    </>
  );
}

async function HistoryTab({ actor, page, event }: { actor: Actor; page: number; event: HistoryEvent | null }) {
  const history = await listHistory(actor, { page, pageSize: PAGE_SIZE, ...(event ? { event } : {}) });
  const filter = <HistoryFilter event={event} labels={eventFilterLabels} />;
  if (history.total === 0) {
    return (
      <>
        {event && filter}
        <EmptyState
          icon={History}
          title={event ? `Nothing ${eventFilterLabels[event].toLowerCase()} yet` : "No history yet"}
          description={
            event
              ? "No download history entry of this kind. Pick another event, or all events."
              : "Every grab, import, failure and removal is recorded here."
          }
          action={event ? { label: "Show all events", href: historyHref(null, 1) } : undefined}
        />
      </>
    );
  }
  const pages = Math.ceil(history.total / PAGE_SIZE);
  return (
    <>
      <LiveRefresh prefixes={["download."]} />
      {filter}
      <HistoryList items={history.items} />
      <PageNav label="History pages" page={page} pages={pages} href={(p) => historyHref(event, p)} />
    </>
  );
}

async function BlocklistTab({ actor, canManage, page }: { actor: Actor; canManage: boolean; page: number }) {
  const { items, total } = await listBlocklistPage(actor, { page, pageSize: PAGE_SIZE });
  if (total === 0) {
    return (
      <EmptyState
        icon={Ban}
        title="The blocklist is empty"
        description="Releases that failed to download, or that you blocklist from the queue, are listed here and not grabbed again."
      />
    );
  }
  return (
    <>
      <BlocklistList items={items} canManage={canManage} />
      <PageNav
        label="Blocklist pages"
        page={page}
        pages={Math.ceil(total / PAGE_SIZE)}
        href={(p) => (p > 1 ? `/activity?tab=blocklist&page=${p}` : "/activity?tab=blocklist")}
      />
    </>
  );
}

async function RecycleTab({ actor, canManage }: { actor: Actor; canManage: boolean }) {
  const libraries = await listLibraryNames(actor);
  const groups = [];
  for (const library of libraries) {
    const bin = await listRecycleBin(actor, library.id);
    if (bin.items.length > 0)
      groups.push({ libraryId: library.id, libraryName: library.name, keepDays: bin.keepDays, items: bin.items });
  }
  if (groups.length === 0) {
    return (
      <>
        <LiveRefresh prefixes={["library.file.", "download.imported"]} />
        <EmptyState
          icon={Recycle}
          title="The recycle bin is empty"
          description={
            libraries.length === 0
              ? "Files an upgrade replaces, or that you delete, wait here before they are removed for good. Add a library first."
              : "Files an upgrade replaces, or that you delete, wait here (with their subtitles and NFO) before they are removed for good, so you can put them back."
          }
          action={
            libraries.length === 0 && actor.kind === "user" && actor.role === "admin"
              ? { label: "Add a library", href: "/settings/libraries" }
              : undefined
          }
        />
      </>
    );
  }
  return (
    <>
      <LiveRefresh prefixes={["library.file.", "download.imported"]} />
      <RecycleBinList groups={groups} canManage={canManage} />
    </>
  );
}
