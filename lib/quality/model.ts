import type { FormatCondition, ProfileItem, Protocol } from "@/lib/db/types";

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

export {
  INDEXER_FLAGS,
  type FormatCondition,
  type FormatConditionType,
  type IndexerFlag,
  type ProfileItem,
  type Protocol,
  type ReleaseType,
} from "@/lib/db/types";

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
