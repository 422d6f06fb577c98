import type { Metadata } from "next";
import { Search } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Search" };

export default async function Page() {
  const actor = await requirePageActor();
  return (
    <UpcomingFeature
      title="Search"
      description="Search metadata and indexers for something new."
      icon={Search}
      emptyTitle="Search is not configured yet"
      emptyDescription="Searching needs a metadata source and at least one indexer, set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
