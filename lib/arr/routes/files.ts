import { z } from "zod";
import {
  deleteArrFile,
  getArrEpisodeFile,
  getArrMovieFile,
  listArrEpisodeFiles,
  listArrMovieFiles,
} from "../files.service";
import { arrQuery, defineArrRoute, idParams } from "../route-table";

export const fileRoutes = [
  defineArrRoute({
    personas: ["radarr"],
    method: "GET",
    path: "moviefile",
    access: "read",
    query: z.object({ movieId: arrQuery.int().optional(), movieFileIds: arrQuery.intList().optional() }),
    handle: ({ actor, query }) => listArrMovieFiles(actor, query),
  }),
  defineArrRoute({
    personas: ["radarr"],
    method: "GET",
    path: "moviefile/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, params }) => getArrMovieFile(actor, params.id),
  }),
  defineArrRoute({
    personas: ["radarr"],
    method: "DELETE",
    path: "moviefile/{id}",
    access: "manage",
    params: idParams,
    handle: ({ actor, params }) => deleteArrFile(actor, "moviefile", params.id),
  }),
  defineArrRoute({
    personas: ["sonarr"],
    method: "GET",
    path: "episodefile",
    access: "read",
    query: z.object({ seriesId: arrQuery.int().optional(), episodeFileIds: arrQuery.intList().optional() }),
    handle: ({ actor, query }) => listArrEpisodeFiles(actor, query),
  }),
  defineArrRoute({
    personas: ["sonarr"],
    method: "GET",
    path: "episodefile/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, params }) => getArrEpisodeFile(actor, params.id),
  }),
  defineArrRoute({
    personas: ["sonarr"],
    method: "DELETE",
    path: "episodefile/{id}",
    access: "manage",
    params: idParams,
    handle: ({ actor, params }) => deleteArrFile(actor, "episodefile", params.id),
  }),
];
