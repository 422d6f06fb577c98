/** The life of a request, in order; declined and failed end it early (a new grab revives a failed one). */
export const requestStatuses = [
  "pending",
  "approved",
  "declined",
  "searching",
  "downloading",
  "available",
  "failed",
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const requestMediaTypes = ["movie", "series"] as const;
export type RequestMediaType = (typeof requestMediaTypes)[number];

/** What of a series is asked for: all of it, whole seasons, or single episodes (a movie is always whole). */
export interface RequestScope {
  whole: boolean;
  seasons: number[];
  episodes: { season: number; episode: number }[];
}

export const problemKinds = ["wrong-language", "bad-quality", "broken-file", "other"] as const;
export type ProblemKind = (typeof problemKinds)[number];
