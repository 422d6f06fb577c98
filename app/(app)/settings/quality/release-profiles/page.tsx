import type { Metadata } from "next";
import { requirePageActor } from "@/lib/accounts/next";
import { listIndexers } from "@/lib/indexers";
import { listReleaseProfiles } from "@/lib/quality";
import { ReleaseProfilesEditor } from "./release-profiles-editor";

export const metadata: Metadata = { title: "Release profiles" };

export default async function ReleaseProfilesPage() {
  const actor = await requirePageActor("admin");
  const [profiles, indexers] = await Promise.all([listReleaseProfiles(actor), listIndexers(actor)]);
  return <ReleaseProfilesEditor profiles={profiles} indexers={indexers.map(({ id, name }) => ({ id, name }))} />;
}
