import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageActor } from "@/lib/accounts/next";
import { getMetadataSettings } from "@/lib/metadata";
import { MetadataForm } from "./metadata-form";

export const metadata: Metadata = { title: "Metadata settings" };

export default async function MetadataSettingsPage() {
  const actor = await requirePageActor("admin");
  const settings = await getMetadataSettings(actor);
  return (
    <>
      <PageHeader
        title="Metadata"
        description="Where titles, posters, seasons and air dates come from: TMDB with your key, or a relay."
      />
      <Card>
        <CardContent>
          <MetadataForm settings={settings} />
        </CardContent>
      </Card>
    </>
  );
}
