import { parse } from "@/lib/release";
import {
  DEFAULT_DECISION_SETTINGS,
  defaultQualityProfiles,
  defaultQualitySizes,
  type DecisionContext,
  type EpisodesTarget,
  type MovieTarget,
  type QualityProfile,
  type ReleaseCandidate,
  type TargetEpisode,
} from "@/lib/quality";
import { evaluate } from "@/lib/quality/evaluate";
import type { Spec, Verdict } from "@/lib/quality/spec";

export const NOW = Date.parse("2026-11-01T12:00:00Z");
const GB = 1024 ** 3;

export function profileNamed(name: string): QualityProfile {
  const p = defaultQualityProfiles().find((x) => x.name === name);
  if (!p) throw new Error(`no profile ${name}`);
  return p;
}

export function movieTarget(overrides: Partial<MovieTarget> = {}): MovieTarget {
  return {
    kind: "movie",
    id: "m1",
    title: "Fight Club",
    alternativeTitles: [],
    year: 1999,
    tmdbId: 550,
    imdbId: "tt0137523",
    runtimeMinutes: 139,
    monitored: true,
    tags: [],
    originalLanguage: "English",
    status: "released",
    minimumAvailability: "released",
    inCinemasAt: Date.parse("1999-10-15"),
    digitalReleaseAt: null,
    physicalReleaseAt: null,
    ...overrides,
  };
}

export function ep(season: number, episode: number, overrides: Partial<TargetEpisode> = {}): TargetEpisode {
  return {
    season,
    episode,
    absolute: null,
    airDate: null,
    airedAt: NOW - 30 * 86_400_000,
    monitored: true,
    ...overrides,
  };
}

export function episodesTarget(overrides: Partial<EpisodesTarget> = {}): EpisodesTarget {
  const season = Array.from({ length: 10 }, (_, i) => ep(1, i + 1));
  return {
    kind: "episodes",
    id: "s1",
    title: "The Office US",
    alternativeTitles: ["The Office"],
    year: 2005,
    tvdbId: 73244,
    imdbId: null,
    runtimeMinutes: 22,
    tags: [],
    originalLanguage: "English",
    seriesMonitored: true,
    episodes: [season[2]],
    seasonEpisodes: season,
    ...overrides,
  };
}

export function context(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return {
    now: NOW,
    source: "automatic",
    target: movieTarget(),
    profile: profileNamed("Any"),
    sizes: defaultQualitySizes(),
    formats: [],
    releaseProfiles: [],
    delayProfile: null,
    existingFiles: [],
    queue: [],
    blocklist: [],
    grabbed: [],
    indexers: { idx1: { name: "Indexer One", priority: 25, disabledUntil: null, minimumSeeders: 1 } },
    freeSpaceBytes: null,
    settings: DEFAULT_DECISION_SETTINGS,
    ...overrides,
  };
}

let serial = 0;
/** A candidate; size in GB for readability. */
export function candidate(
  title: string,
  overrides: Partial<Omit<ReleaseCandidate, "size">> & { sizeGb?: number | null; ageHours?: number } = {},
): ReleaseCandidate {
  const { sizeGb = 8, ageHours = 48, ...rest } = overrides;
  return {
    guid: `guid-${++serial}`,
    title,
    indexerId: "idx1",
    indexerName: "Indexer One",
    protocol: "torrent",
    size: sizeGb === null ? null : Math.round(sizeGb * GB),
    publishedAt: new Date(NOW - ageHours * 3_600_000).toISOString(),
    seeders: 50,
    flags: [],
    release: parse(title),
    ...rest,
  };
}

/** Runs one spec over one candidate. */
export function verdict(spec: Spec, c: ReleaseCandidate, ctx: DecisionContext = context()): Verdict {
  return spec.check(evaluate(c, ctx), ctx);
}

export const q = (name: string): number => {
  const map: Record<string, number> = {
    "WEBDL-1080p": 3,
    "Bluray-1080p": 7,
    "HDTV-720p": 4,
    "Bluray-2160p": 19,
    "WEBDL-720p": 5,
    SDTV: 1,
    "Bluray-720p": 6,
    "HDTV-1080p": 9,
    "WEBRip-1080p": 15,
    DVD: 2,
  };
  if (!(name in map)) throw new Error(name);
  return map[name];
};
