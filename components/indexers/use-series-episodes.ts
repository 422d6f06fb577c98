"use client";

import { useEffect, useState } from "react";
import { seriesEpisodesAction, type EpisodeChoice } from "@/app/(app)/activity/actions";
import type { ReleaseTarget } from "@/lib/automation";

/**
 * The picked series' episodes (null for a movie or before they arrive) and the season to show: the
 * one of the covered episodes, else the one the name gives, else the first regular season.
 */
export function useSeriesEpisodes(seriesId: string | null, judged: ReleaseTarget, onError: (message: string) => void) {
  const [episodes, setEpisodes] = useState<EpisodeChoice[] | null>(null);
  const [season, setSeason] = useState<number | null>(null);
  useEffect(() => {
    if (!seriesId) return setEpisodes(null);
    let current = true;
    void seriesEpisodesAction(seriesId).then((result) => {
      if (!current) return;
      if (!result.ok) return onError(result.error);
      setEpisodes(result.data);
    });
    return () => {
      current = false;
    };
  }, [seriesId, onError]);

  useEffect(() => {
    if (!episodes) return;
    const first =
      episodes.find((e) => judged.episodeIds.includes(e.id)) ??
      episodes.find((e) => e.seasonNumber === judged.season) ??
      episodes.find((e) => e.seasonNumber > 0) ??
      episodes[0];
    setSeason(first?.seasonNumber ?? null);
  }, [episodes, judged]);

  return { episodes, season, setSeason };
}
