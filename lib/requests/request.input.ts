import { z } from "zod";
import { problemKinds, requestStatuses } from "@/lib/db/types/requests";
import { patchSchemaOf } from "@/lib/validation";

/** Inputs of lib/requests: parsed by the server, and by the request and approval forms in the browser. */
const episodeRef = z.object({
  season: z.number().int().min(1).max(1000),
  episode: z.number().int().min(1).max(10_000),
});

export const createRequestInput = z
  .object({
    mediaType: z.enum(["movie", "series"]),
    tmdbId: z.number().int().positive(),
    /** Series: every season (true), or the seasons and episodes listed. */
    whole: z.boolean().default(false),
    seasons: z.array(z.number().int().min(1).max(1000)).max(200).default([]),
    episodes: z.array(episodeRef).max(500).default([]),
    note: z.string().trim().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mediaType === "series" && !v.whole && v.seasons.length === 0 && v.episodes.length === 0)
      ctx.addIssue({ code: "custom", path: ["seasons"], message: "choose the whole series, seasons or episodes" });
  });
export type CreateRequestInput = z.input<typeof createRequestInput>;

/** What an approver chooses; left out: the library's defaults. */
export const approveRequestInput = z.object({
  libraryId: z.string().min(1).max(100).optional(),
  qualityProfileId: z.string().min(1).max(100).optional(),
  /** false: add the title unmonitored (nothing is searched for now). */
  monitored: z.boolean().default(true),
});
export type ApproveRequestInput = z.input<typeof approveRequestInput>;

export const declineRequestInput = z.object({
  reason: z.string().trim().min(1, "say why, the requester will read it").max(500),
});
export type DeclineRequestInput = z.input<typeof declineRequestInput>;

export const bulkDecisionInput = z.discriminatedUnion("decision", [
  approveRequestInput.extend({
    decision: z.literal("approve"),
    ids: z.array(z.string().min(1).max(100)).min(1).max(200),
  }),
  declineRequestInput.extend({
    decision: z.literal("decline"),
    ids: z.array(z.string().min(1).max(100)).min(1).max(200),
  }),
]);
export type BulkDecisionInput = z.input<typeof bulkDecisionInput>;

export const listRequestsQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  /** Managers: only the requests they made or joined. */
  mine: z.preprocess((v) => v === "true" || v === "1" || v === true, z.boolean()).default(false),
});
export type ListRequestsQuery = z.input<typeof listRequestsQuery>;

const limit = z.number().int().min(0).max(10_000).nullable();
export const requestLimitsInput = z.object({
  /** Movies a user may request per window; null: no limit. */
  movies: limit,
  /** Seasons a user may request per window (episodes count their season once); null: no limit. */
  seasons: limit,
});

export const requestSettingsInput = z.object({
  /** Roles whose requests are approved as they are made. */
  autoApproveRoles: z.array(z.enum(["admin", "user", "requester", "readonly"])).max(4),
  quotaDays: z.number().int().min(1).max(365),
  defaultLimits: requestLimitsInput,
  /** Per user: auto-approve (null: as their role) and limits (null: the default). */
  users: z
    .record(
      z.string().min(1).max(100),
      z.object({ autoApprove: z.boolean().nullable(), limits: requestLimitsInput.nullable() }),
    )
    .default({}),
});
export type RequestSettingsInput = z.input<typeof requestSettingsInput>;
/** PUT and PATCH of the settings: the named fields change, the rest stay. */
export const requestSettingsPatch = patchSchemaOf(requestSettingsInput);
export type RequestSettingsPatch = z.input<typeof requestSettingsPatch>;
export type RequestSettings = z.output<typeof requestSettingsInput>;

export const reportProblemInput = z
  .object({ kind: z.enum(problemKinds), text: z.string().trim().max(1000).optional() })
  .superRefine((v, ctx) => {
    if (v.kind === "other" && !v.text) ctx.addIssue({ code: "custom", path: ["text"], message: "say what is wrong" });
  });
export type ReportProblemInput = z.input<typeof reportProblemInput>;

export const resolveProblemInput = z.object({
  /** Blocklist the release of the title's last import and search again; false: just close the report. */
  blocklistAndSearch: z.boolean().default(false),
  note: z.string().trim().max(500).optional(),
});
export type ResolveProblemInput = z.input<typeof resolveProblemInput>;
