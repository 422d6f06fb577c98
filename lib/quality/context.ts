import type { MinimumAvailability, MovieStatus } from "@/lib/db/types";
import type { ReleaseInfo } from "@/lib/release";
import type { CustomFormat, DelayProfile, Protocol, QualityProfile, QualitySize, ReleaseProfile } from "./model";

/** One release offered by an indexer, with its parsed name. Structurally a subset of lib/indexers' releases. */
export interface ReleaseCandidate {
  guid: string;
  title: string;
  indexerId: string;
  indexerName: string;
  protocol: Protocol;
  /** Bytes. */
  size: number | null;
  /** ISO 8601. */
  publishedAt: string | null;
  seeders: number | null;
  infoHash?: string | null;
  tmdbId?: number | null;
  imdbId?: string | null;
  tvdbId?: number | null;
  /** freeleech, halfleech, doubleupload, internal, scene… (lib/quality INDEXER_FLAGS) */
  flags: readonly string[];
  release: ReleaseInfo;
}

export interface FileRevision {
  version: number;
  real: number;
}

/** A file already in the library for the target (or, for TV, covering some of the searched episodes). */
export interface ExistingFile {
  qualityId: number;
  revision: FileRevision;
  formatScore: number;
  releaseGroup: string | null;
  /** TV: "season:episode" keys the file covers. */
  episodeKeys?: readonly string[];
}

/** Something already downloading for the target. */
export interface QueuedItem {
  title: string;
  guid: string | null;
  qualityId: number;
  revision: FileRevision;
  formatScore: number;
  episodeKeys?: readonly string[];
}

export interface BlocklistEntry {
  title: string;
  guid: string | null;
  indexerId: string | null;
  infoHash: string | null;
  protocol: Protocol;
  size: number | null;
}

export interface IndexerState {
  name: string;
  /** Lower is preferred (1–50, Sonarr's scale). */
  priority: number;
  /** Epoch ms until which the indexer backs off; null when healthy. */
  disabledUntil: number | null;
  minimumSeeders: number;
}

export interface MovieTarget {
  kind: "movie";
  id: string;
  title: string;
  /** Original and alternative titles. */
  alternativeTitles: readonly string[];
  year: number | null;
  tmdbId: number | null;
  imdbId: string | null;
  runtimeMinutes: number | null;
  monitored: boolean;
  tags: readonly string[];
  /** Language name as the parser spells it ("English", "Japanese"…), for "original" profiles. */
  originalLanguage: string | null;
  status: MovieStatus;
  minimumAvailability: MinimumAvailability;
  inCinemasAt: number | null;
  digitalReleaseAt: number | null;
  physicalReleaseAt: number | null;
}

export interface TargetEpisode {
  season: number;
  episode: number;
  absolute: number | null;
  /** YYYY-MM-DD */
  airDate: string | null;
  /** Epoch ms; null when unknown. */
  airedAt: number | null;
  monitored: boolean;
}

export interface EpisodesTarget {
  kind: "episodes";
  id: string;
  title: string;
  alternativeTitles: readonly string[];
  year: number | null;
  tvdbId: number | null;
  imdbId: string | null;
  runtimeMinutes: number | null;
  tags: readonly string[];
  originalLanguage: string | null;
  seriesMonitored: boolean;
  /** The episodes being looked for (one, several, or a whole season). */
  episodes: readonly TargetEpisode[];
  /** Every episode of the seasons involved, to judge season packs (aired yet? how many?). */
  seasonEpisodes: readonly TargetEpisode[];
}

export type SearchTarget = MovieTarget | EpisodesTarget;

/**
 * How propers and repacks count (Sonarr's and Radarr's "Propers and Repacks"): preferred and an upgrade
 * of the same quality; preferred but no upgrade of a file or queued download; or ignored, leaving it to
 * custom formats (TRaSH's advice, with a Repack/Proper format).
 */
export const PROPERS_AND_REPACKS = ["prefer-and-upgrade", "do-not-upgrade", "do-not-prefer"] as const;
export type PropersAndRepacks = (typeof PROPERS_AND_REPACKS)[number];

export interface DecisionSettings {
  /** Usenet retention in days; 0 = unlimited. */
  retentionDays: number;
  /** Usenet releases younger than this wait. */
  minimumAgeMinutes: number;
  /** Free space to keep on the download disk after the grab. */
  minimumFreeSpaceMb: number;
  /** Absent: "prefer-and-upgrade". */
  propersAndRepacks?: PropersAndRepacks;
}

/**
 * Everything decide() needs, as plain data, filled by the automation and search code from the
 * other contexts. decide() reads nothing else: no clock, no database.
 */
export interface DecisionContext {
  /** Epoch ms. */
  now: number;
  /** automatic and rss obey delays, availability and monitoring; interactive shows them and lets the user choose. */
  source: "automatic" | "rss" | "interactive";
  target: SearchTarget;
  profile: QualityProfile;
  sizes: readonly QualitySize[];
  formats: readonly CustomFormat[];
  releaseProfiles: readonly ReleaseProfile[];
  delayProfile: DelayProfile | null;
  existingFiles: readonly ExistingFile[];
  queue: readonly QueuedItem[];
  blocklist: readonly BlocklistEntry[];
  /** Guids (or info hashes) already grabbed for this target: never grab the same release twice. */
  grabbed: readonly string[];
  indexers: Readonly<Record<string, IndexerState>>;
  /** Bytes free where the download client writes; null when unknown. */
  freeSpaceBytes: number | null;
  settings: DecisionSettings;
}

export const DEFAULT_DECISION_SETTINGS: DecisionSettings = {
  retentionDays: 0,
  minimumAgeMinutes: 0,
  minimumFreeSpaceMb: 100,
  propersAndRepacks: "prefer-and-upgrade",
};

export const episodeKey = (season: number, episode: number): string => `${season}:${episode}`;
