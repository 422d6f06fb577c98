import type { Metadata } from "next";
import { Inbox } from "lucide-react";
import { UpcomingFeature } from "@/components/shell/upcoming-feature";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Requests" };

export default async function Page() {
  const actor = await requirePageActor("browse");
  return (
    <UpcomingFeature
      title="Requests"
      description="Movies and shows household members asked for."
      icon={Inbox}
      emptyTitle="No requests yet"
      emptyDescription="Requests from household members appear here for approval once libraries are set up in Settings."
      canConfigure={actor.role === "admin"}
    />
  );
}
