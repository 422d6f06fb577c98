import type { Modifier, Source } from "@/lib/release";

/** Size limits of one quality, in MB per minute of runtime (Sonarr/Radarr units). null = no limit. */
export interface QualitySize {
  qualityId: number;
  name: string;
  /** Display title (users may rename "WEBDL-1080p" to "WEB 1080p"). */
  title: string;
  minSize: number;
  preferredSize: number | null;
  maxSize: number | null;
}

/**
 * One row of a profile: a single quality, or a group of qualities that count as equal.
 * Profiles list their items best first; the position is the rank.
 */
export interface ProfileItem {
  /** "q<qualityId>" for a single quality, "g<n>" for a group. */
  id: string;
  /** Group name; for a single quality its quality name. */
  name: string;
  qualities: number[];
  allowed: boolean;
}

export interface QualityProfile {
  id: string;
  name: string;
  upgradeAllowed: boolean;
  /** The item id at which upgrades stop. */
  cutoff: string;
  /** Best first. */
  items: ProfileItem[];
  minFormatScore: number;
  /** Custom-format score at which upgrades stop (together with the quality cutoff). */
  cutoffFormatScore: number;
  /** An upgrade by custom-format score alone must raise the score by at least this much. */
  minUpgradeFormatScore: number;
  /** "any", "original" or a language name as the parser spells it ("English", "French"…). */
  language: string;
  /** Custom format id → score. Formats not listed score 0. */
  formatScores: Record<string, number>;
}

export type Protocol = "torrent" | "usenet";
export type ReleaseType = "single-episode" | "multi-episode" | "season-pack" | "unknown";

export const INDEXER_FLAGS = [
  "freeleech",
  "halfleech",
  "doubleupload",
  "internal",
  "scene",
  "freeleech75",
  "freeleech25",
  "nuked",
  "golden",
  "approved",
] as const;
export type IndexerFlag = (typeof INDEXER_FLAGS)[number];

/** Conditions of a custom format, one per TRaSH/*arr "specification" implementation. */
export type FormatCondition = {
  name: string;
  negate: boolean;
  required: boolean;
} & (
  | { type: "releaseTitle"; pattern: string }
  | { type: "releaseGroup"; pattern: string }
  | { type: "edition"; pattern: string }
  | { type: "source"; source: Source }
  | { type: "resolution"; resolution: number }
  | { type: "qualityModifier"; modifier: Modifier }
  | { type: "language"; language: string; exceptLanguage: boolean }
  | { type: "indexerFlag"; flag: IndexerFlag }
  | { type: "size"; minGb: number; maxGb: number }
  | { type: "releaseType"; releaseType: ReleaseType }
  | { type: "year"; min: number; max: number }
);
export type FormatConditionType = FormatCondition["type"];

export interface CustomFormat {
  id: string;
  name: string;
  includeWhenRenaming: boolean;
  conditions: FormatCondition[];
}

/** Required/ignored terms. A term written /like this/i is a regular expression; otherwise a case-insensitive substring. */
export interface ReleaseProfile {
  id: string;
  name: string;
  enabled: boolean;
  required: string[];
  ignored: string[];
  /** Empty: every indexer. */
  indexerIds: string[];
  /** Empty: every item; otherwise items with one of these tags. */
  tags: string[];
}

export interface DelayProfile {
  id: string;
  /** Lower first; the default profile (no tags) is last. */
  order: number;
  enableUsenet: boolean;
  enableTorrent: boolean;
  preferredProtocol: Protocol;
  usenetDelayMinutes: number;
  torrentDelayMinutes: number;
  bypassIfHighestQuality: boolean;
  bypassIfAboveFormatScore: boolean;
  minimumFormatScore: number;
  tags: string[];
}
