import type { Metadata } from "next";
import { Tv } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "TV" };

export default async function Page() {
  const actor = await requirePageActor();
  return (
    <UpcomingFeature
      title="TV"
      description="Series with their seasons and episodes."
      icon={Tv}
      emptyTitle="No series yet"
      emptyDescription="Series appear here once a TV library and a metadata source are set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
