import type { Metadata } from "next";
import { Activity } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Activity" };

export default async function Page() {
  const actor = await requirePageActor();
  return (
    <UpcomingFeature
      title="Activity"
      description="Downloads in progress, history and the blocklist."
      icon={Activity}
      emptyTitle="No activity yet"
      emptyDescription="Downloads show up here live once a download client and an indexer are set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
