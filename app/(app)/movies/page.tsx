import type { Metadata } from "next";
import { Film } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Movies" };

export default async function Page() {
  const actor = await requirePageActor();
  return (
    <UpcomingFeature
      title="Movies"
      description="Every movie the household wants, on disk or on its way."
      icon={Film}
      emptyTitle="No movies yet"
      emptyDescription="Movies appear here once a movie library and a metadata source are set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
