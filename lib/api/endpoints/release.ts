import { z } from "zod";
import { parseSummarySchema } from "@/lib/release";
import { defineEndpoint } from "../endpoint";

export const parseRelease = defineEndpoint({
  method: "POST",
  path: "/api/v1/parse",
  summary: "Parse a release or file name: title, year, season and episodes, quality and more",
  tag: "Releases",
  access: "read",
  body: z.object({
    title: z.string().min(1).max(2000),
    hintKind: z.enum(["movie", "tv"]).optional(),
  }),
  response: parseSummarySchema,
});
