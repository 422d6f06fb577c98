import type { Metadata } from "next";
import { requirePageActor } from "@/lib/accounts/next";
import { listCustomFormats, listQualityProfiles } from "@/lib/quality";
import { ProfilesEditor } from "./profiles-editor";

export const metadata: Metadata = { title: "Quality profiles" };

export default async function QualityProfilesPage() {
  const actor = await requirePageActor("admin");
  const [profiles, formats] = await Promise.all([listQualityProfiles(actor), listCustomFormats(actor)]);
  return <ProfilesEditor profiles={profiles} formats={formats.map(({ id, name }) => ({ id, name }))} />;
}
