import { api, handleEndpoint } from "@/lib/api";
import { requestableEpisodes } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.requestableEpisodesEndpoint, async ({ actor, params }) => ({
  items: await requestableEpisodes(actor, params.tmdbId, params.season),
}));
