import type { Metadata } from "next";
import { requirePageActor } from "@/lib/accounts/next";
import { listDelayProfiles } from "@/lib/quality";
import { DelayProfilesEditor } from "./delay-profiles-editor";

export const metadata: Metadata = { title: "Delay profiles" };

export default async function DelayProfilesPage() {
  const actor = await requirePageActor("admin");
  return <DelayProfilesEditor profiles={await listDelayProfiles(actor)} />;
}
