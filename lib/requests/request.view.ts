import { z } from "zod";
import { problemKinds, requestStatuses } from "@/lib/db/types/requests";

const iso = z.string().describe("ISO 8601");

/** A request as its requesters and approvers see it: never a release, a file path or a download client. */
export const requestSchema = z.object({
  id: z.string(),
  mediaType: z.enum(["movie", "series"]),
  tmdbId: z.number().int(),
  title: z.string(),
  year: z.number().int().nullable(),
  posterPath: z.string().nullable(),
  status: z.enum(requestStatuses),
  progress: z.number().nullable().describe("0–100 while downloading"),
  declineReason: z.string().nullable(),
  whole: z.boolean(),
  seasons: z.array(z.number().int()),
  episodes: z.array(z.object({ season: z.number().int(), episode: z.number().int() })),
  /** The catalog page of the title once it is in the catalog ("available" links there). */
  href: z.string().nullable(),
  /** Requested episodes (series) with a file, of those aired; movies: 0 or 1 of 1. */
  availableCount: z.number().int(),
  wantedCount: z.number().int(),
  requesters: z.array(
    z.object({ userId: z.string(), username: z.string(), note: z.string().nullable(), createdAt: iso }),
  ),
  openProblems: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
  decidedAt: iso.nullable(),
});
export type RequestView = z.infer<typeof requestSchema>;

export const problemSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  title: z.string(),
  kind: z.enum(problemKinds),
  text: z.string().nullable(),
  username: z.string().nullable(),
  resolvedAt: iso.nullable(),
  resolution: z.string().nullable(),
  createdAt: iso,
});
export type ProblemView = z.infer<typeof problemSchema>;

export const requestStatusLabels: Record<(typeof requestStatuses)[number], string> = {
  pending: "Pending approval",
  approved: "Approved",
  declined: "Declined",
  searching: "Searching",
  downloading: "Downloading",
  available: "Available",
  failed: "Failed",
};

export const problemKindLabels: Record<(typeof problemKinds)[number], string> = {
  "wrong-language": "Wrong language",
  "bad-quality": "Bad quality",
  "broken-file": "Broken file",
  other: "Something else",
};
