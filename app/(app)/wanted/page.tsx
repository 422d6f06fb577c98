import type { Metadata } from "next";
import { ListChecks } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Wanted" };

export default async function Page() {
  const actor = await requirePageActor();
  return (
    <UpcomingFeature
      title="Wanted"
      description="Monitored items that are missing or below their quality cutoff."
      icon={ListChecks}
      emptyTitle="Nothing wanted yet"
      emptyDescription="Missing and upgradable items are listed here once you monitor movies or series from a library set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
