import { api, handleEndpoint } from "@/lib/api";
import { updateEpisode } from "@/lib/catalog";

export const PATCH = handleEndpoint(api.updateEpisodeEndpoint, ({ actor, params, body }) =>
  updateEpisode(actor, params.id, body),
);
