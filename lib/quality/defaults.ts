import type { DelayProfile, QualityProfile } from "./model";
import { itemsFrom } from "./profile";

/** Every quality, best first, with the WEB groups Sonarr and Radarr ship. */
export const CANONICAL_ITEMS = [
  "Bluray-2160p Remux",
  "Bluray-2160p",
  ["WEB 2160p", ["WEBDL-2160p", "WEBRip-2160p"]],
  "HDTV-2160p",
  "BR-DISK",
  "Bluray-1080p Remux",
  "Bluray-1080p",
  ["WEB 1080p", ["WEBDL-1080p", "WEBRip-1080p"]],
  "HDTV-1080p",
  "Raw-HD",
  "Bluray-720p",
  ["WEB 720p", ["WEBDL-720p", "WEBRip-720p"]],
  "HDTV-720p",
  "Bluray-576p",
  "Bluray-480p",
  ["WEB 480p", ["WEBDL-480p", "WEBRip-480p"]],
  "DVD-R",
  "DVD",
  "SDTV",
  "DVDSCR",
  "REGIONAL",
  "TELECINE",
  "TELESYNC",
  "CAM",
  "WORKPRINT",
  "Unknown",
] as const;

const SD = ["Bluray-576p", "Bluray-480p", "WEB 480p", "DVD-R", "DVD", "SDTV"];
const HD720 = ["Bluray-720p", "WEB 720p", "HDTV-720p"];
const HD1080 = ["Bluray-1080p Remux", "Bluray-1080p", "WEB 1080p", "HDTV-1080p"];
const UHD = ["Bluray-2160p Remux", "Bluray-2160p", "WEB 2160p", "HDTV-2160p"];

function profile(id: string, name: string, allowed: string[], cutoff: string): QualityProfile {
  const items = itemsFrom(CANONICAL_ITEMS, new Set(allowed));
  const cutoffItem = items.find((i) => i.name === cutoff);
  if (!cutoffItem) throw new Error(`Unknown cutoff ${cutoff}`);
  return {
    id,
    name,
    upgradeAllowed: true,
    cutoff: cutoffItem.id,
    items,
    minFormatScore: 0,
    cutoffFormatScore: 0,
    minUpgradeFormatScore: 1,
    language: "any",
    formatScores: {},
  };
}

/** The profile a new library (and so a new item) gets when nothing else is chosen. */
export const DEFAULT_PROFILE_ID = "any";

/**
 * Each profile upgrades until its natural cutoff: the Bluray of its resolution (a Remux is allowed
 * but not waited for); "Any" takes whatever comes first and upgrades up to Bluray-1080p.
 */
const CUTOFFS: Record<string, string> = {
  [DEFAULT_PROFILE_ID]: "Bluray-1080p",
  sd: "Bluray-576p",
  "hd-720p": "Bluray-720p",
  "hd-1080p": "Bluray-1080p",
  "ultra-hd": "Bluray-2160p",
  "hd-720p-1080p": "Bluray-1080p",
};
/** What version 1 shipped: the lowest quality of each profile, so upgrades never happened. */
const CUTOFFS_V1: Record<string, string> = {
  [DEFAULT_PROFILE_ID]: "SDTV",
  sd: "SDTV",
  "hd-720p": "HDTV-720p",
  "hd-1080p": "HDTV-1080p",
  "ultra-hd": "HDTV-2160p",
  "hd-720p-1080p": "HDTV-720p",
};
/** Version of the shipped profiles; lib/quality/upgrade-shipped.ts moves unedited profiles of older versions. */
export const SHIPPED_PROFILES_VERSION = 2;

const ALLOWED: [id: string, name: string, allowed: string[]][] = [
  [DEFAULT_PROFILE_ID, "Any", [...SD, ...HD720, ...HD1080, ...UHD]],
  ["sd", "SD", SD],
  ["hd-720p", "HD-720p", HD720],
  ["hd-1080p", "HD-1080p", HD1080],
  ["ultra-hd", "Ultra-HD", UHD],
  ["hd-720p-1080p", "HD-720p/1080p", [...HD720, ...HD1080]],
];

/** The six profiles Sonarr and Radarr ship, with stable ids so that imports and links keep working. */
export function defaultQualityProfiles(version = SHIPPED_PROFILES_VERSION): QualityProfile[] {
  const cutoffs = version === 1 ? CUTOFFS_V1 : CUTOFFS;
  return ALLOWED.map(([id, name, allowed]) => profile(id, name, allowed, cutoffs[id]));
}

/** Sonarr's default delay profile: no delay, usenet preferred, applies to everything. */
export function defaultDelayProfile(): DelayProfile {
  return {
    id: "default",
    order: 2147483647,
    enableUsenet: true,
    enableTorrent: true,
    preferredProtocol: "usenet",
    usenetDelayMinutes: 0,
    torrentDelayMinutes: 0,
    bypassIfHighestQuality: true,
    bypassIfAboveFormatScore: false,
    minimumFormatScore: 0,
    tags: [],
  };
}
