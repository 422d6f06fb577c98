import { api, handleEndpoint } from "@/lib/api";
import { listEpisodes } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listEpisodesEndpoint, async ({ actor, params }) => ({
  items: await listEpisodes(actor, params.id),
}));
