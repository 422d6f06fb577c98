import { automationSettingsInput, automationSettingsSchema, commandInput, commandResultSchema } from "@/lib/automation";
import { wantedPageSchema, wantedQuery } from "@/lib/automation";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const tag = "Wanted";

export const wantedMissingEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/wanted/missing",
  summary: "Monitored movies that are available and aired monitored episodes with no file on disk",
  description: "Movies by title, then episodes newest first. kind=movie or kind=episode narrows the list.",
  tag,
  access: "read",
  query: wantedQuery,
  response: wantedPageSchema,
});

export const wantedCutoffEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/wanted/cutoff",
  summary:
    "Monitored items whose file is below the profile's quality cutoff or custom-format cutoff score (profiles that allow upgrades)",
  tag,
  access: "read",
  query: wantedQuery,
  response: wantedPageSchema,
});

export const commandEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/commands",
  summary:
    "Run a command: MovieSearch, SeriesSearch, SeasonSearch, EpisodeSearch, RssSync, MissingSearch, CutoffUnmetSearch, RefreshMovie, RefreshSeries, RescanLibrary, CheckDownloads (poll the download clients now), RefreshDue (refresh the titles whose metadata is due)",
  description:
    "Each command queues jobs (their progress shows live in System → Tasks and on GET /api/v1/system/tasks). Searches grab the best release the automatic rules accept. A jobId of null means the same job is already queued or running.",
  tag: "Commands",
  access: "manage",
  body: commandInput,
  response: commandResultSchema,
  successStatus: 201,
});

export const automationSettingsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/settings/automation",
  summary: "RSS sync interval, scheduled search budgets, usenet retention and minimum age, free space to keep",
  tag: "Settings",
  access: "admin",
  response: automationSettingsSchema,
});

export const updateAutomationSettingsEndpoints = updateEndpoints({
  path: "/api/v1/settings/automation",
  summary: "Change automation settings (fields left out keep their value)",
  tag: "Settings",
  access: "admin",
  body: updateBodyOf(automationSettingsInput, automationSettingsSchema),
  response: automationSettingsSchema,
});

export const automationEndpoints = [
  wantedMissingEndpoint,
  wantedCutoffEndpoint,
  commandEndpoint,
  automationSettingsEndpoint,
  ...Object.values(updateAutomationSettingsEndpoints),
];
