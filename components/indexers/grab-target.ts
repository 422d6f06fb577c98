import type { InteractiveDecision } from "@/lib/automation";
import type { SearchSubject } from "@/lib/indexers";

/** What a grab is for: a movie, chosen episodes, or (the server reads the name) the episodes of a series it covers. */
export type GrabTarget = { movieId: string } | { episodeIds: string[] } | { seriesId: string };

/**
 * What a grab from a catalog item's search is for: the movie; for TV the episodes the verdict says
 * the release covers (a season pack: its season), else the searched episode, else the series (the
 * server then reads the episodes from the name, or says it cannot). Null for free text: the user
 * says what it is for.
 */
export function grabTargetOf(subject: SearchSubject, decision: InteractiveDecision | undefined): GrabTarget | null {
  if (subject.movieId) return { movieId: subject.movieId };
  if (decision && decision.episodeIds.length > 0) return { episodeIds: decision.episodeIds };
  if (subject.episodeId) return { episodeIds: [subject.episodeId] };
  if (subject.seriesId) return { seriesId: subject.seriesId };
  return null;
}
