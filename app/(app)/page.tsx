import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PageHeader } from "@/components/shell/page-header";
import { SetupChecklistView } from "@/components/system/setup-checklist";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { setupChecklist } from "@/lib/system";

export const metadata: Metadata = { title: "Home" };

/** Admins see the first-run checklist until everything is set up; everyone else starts at Movies. */
export default async function Home() {
  const actor = await requirePageActor("browse");
  const checklist = can(actor.role, "admin") ? await setupChecklist(actor) : null;
  if (!checklist || checklist.complete) redirect("/movies");
  return (
    <>
      <LiveRefresh prefixes={["library.", "indexer.", "download-client.", "download.client."]} />
      <PageHeader title="Welcome to Mydia" description="A few steps before the first download." />
      <SetupChecklistView checklist={checklist} />
    </>
  );
}
