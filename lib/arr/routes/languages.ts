import { NotFoundError } from "@/lib/errors";
import { ARR_LANGUAGES } from "@/lib/quality";
import { bothPersonas, defineArrRoute, idParams } from "../route-table";

/** Radarr's and Sonarr's language ids (the ones Mydia's parser tells apart), with Radarr's "Any" (-1) first. */
const languages = [
  { id: -1, name: "Any" },
  ...Object.entries(ARR_LANGUAGES)
    .map(([id, name]) => ({ id: Number(id), name }))
    .sort((a, b) => a.id - b.id),
].map((l) => ({ ...l, nameLower: l.name.toLowerCase() }));

export const languageRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "language",
    access: "read",
    handle: async () => languages,
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "language/{id}",
    access: "read",
    params: idParams,
    handle: async ({ params }) => {
      const found = languages.find((l) => l.id === params.id);
      if (!found) throw new NotFoundError(`No language with id ${params.id}`);
      return found;
    },
  }),
];
