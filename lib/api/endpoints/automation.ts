import { wantedPageSchema, wantedQuery } from "@/lib/automation/wanted.schemas";
import { defineEndpoint } from "../endpoint";

const tag = "Wanted";

export const wantedMissingEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/wanted/missing",
  summary: "Monitored movies that are available and aired monitored episodes with no file on disk",
  description: "Movies by title, then episodes newest first. kind=movie or kind=episode narrows the list.",
  tag,
  minRole: "readonly",
  query: wantedQuery,
  response: wantedPageSchema,
});

export const wantedCutoffEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/wanted/cutoff",
  summary: "Monitored items whose file is below the profile's quality cutoff or custom-format cutoff score (profiles that allow upgrades)",
  tag,
  minRole: "readonly",
  query: wantedQuery,
  response: wantedPageSchema,
});

export const automationEndpoints = [wantedMissingEndpoint, wantedCutoffEndpoint];
