import type { Metadata } from "next";
import { CalendarDays } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Calendar" };

export default async function Page() {
  const actor = await requirePageActor();
  return (
    <UpcomingFeature
      title="Calendar"
      description="Upcoming episodes and movie releases."
      icon={CalendarDays}
      emptyTitle="Nothing scheduled"
      emptyDescription="The calendar fills in from the movies and series you monitor, once a library is set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
