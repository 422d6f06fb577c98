import type { Modifier, Source } from "@/lib/release";

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
