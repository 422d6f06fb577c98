import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { ARR_LANGUAGES, type ProfileItem, type QualityProfile, type QualityProfileInput } from "@/lib/quality";
import { QUALITIES } from "@/lib/release";
import type { Persona } from "./persona";
import { arrQualities, arrQualityOf, mydiaQualityId, type ArrQuality } from "./qualities";

/** A custom format as a profile's formatItems name it. */
export interface ArrFormatRef {
  id: number;
  mydiaId: string;
  name: string;
}

type ArrQualityResource = ArrQuality["resource"];
interface ArrProfileItem {
  id?: number;
  name?: string;
  quality?: ArrQualityResource;
  items: ArrProfileItem[];
  allowed: boolean;
}

/** Mydia's group ids are "g<n>"; the *arr apps number groups from 1000 so they never meet a quality id. */
const groupNumber = (itemId: string): number => {
  const n = Number(itemId.slice(1));
  return n >= 1000 ? n : n + 1000;
};

const LANGUAGE_IDS = new Map(Object.entries(ARR_LANGUAGES).map(([id, name]) => [name.toLowerCase(), Number(id)]));

function languageOut(language: string): { id: number; name: string } {
  if (language === "any") return { id: -1, name: "Any" };
  const id = LANGUAGE_IDS.get(language.toLowerCase());
  return id === undefined ? { id: 0, name: "Unknown" } : { id, name: ARR_LANGUAGES[id] };
}

function languageIn(language: { id: number } | null | undefined, current: string): string {
  if (!language) return current;
  if (language.id === -1) return "any";
  if (language.id === -2) return "original";
  const name = ARR_LANGUAGES[language.id];
  if (!name) throw new ValidationError(`Unknown language id ${language.id}`, { fields: { language: "Unknown id" } });
  return name;
}

function itemOut(persona: Persona, item: ProfileItem): ArrProfileItem | null {
  const visible = item.qualities.map((id) => arrQualityOf(persona, id)).filter((q): q is ArrQuality => q !== null);
  if (visible.length === 0) return null;
  if (item.id.startsWith("q")) return { quality: visible[0].resource, items: [], allowed: item.allowed };
  return {
    id: groupNumber(item.id),
    name: item.name,
    items: visible.map((q) => ({ quality: q.resource, items: [], allowed: item.allowed })),
    allowed: item.allowed,
  };
}

/** The cutoff as the persona numbers it; a cutoff the persona cannot see falls to the best allowed item it can. */
function cutoffOut(persona: Persona, profile: QualityProfile): number {
  const visible = (item: ProfileItem | undefined) =>
    item && item.qualities.some((id) => arrQualityOf(persona, id)) ? item : undefined;
  const item =
    visible(profile.items.find((i) => i.id === profile.cutoff)) ?? profile.items.find((i) => i.allowed && visible(i));
  if (!item) return 0;
  if (item.id.startsWith("g")) return groupNumber(item.id);
  return arrQualityOf(persona, item.qualities[0])?.id ?? 0;
}

/** Mydia's profile as Radarr's or Sonarr's QualityProfileResource: items worst first, every format with its score. */
export function toArrQualityProfile(
  persona: Persona,
  profile: QualityProfile,
  id: number,
  formats: readonly ArrFormatRef[],
) {
  const items = profile.items
    .map((item) => itemOut(persona, item))
    .filter((item): item is ArrProfileItem => item !== null)
    .reverse();
  return {
    id,
    name: profile.name,
    upgradeAllowed: profile.upgradeAllowed,
    cutoff: cutoffOut(persona, profile),
    items,
    minFormatScore: profile.minFormatScore,
    cutoffFormatScore: profile.cutoffFormatScore,
    minUpgradeFormatScore: profile.minUpgradeFormatScore,
    formatItems: formats.map((f) => ({ format: f.id, name: f.name, score: profile.formatScores[f.mydiaId] ?? 0 })),
    ...(persona === "radarr" ? { language: languageOut(profile.language) } : {}),
  };
}

const qualityRef = z.object({ id: z.number().int(), name: z.string().nullish() });
const subItem = z.object({ quality: qualityRef, allowed: z.boolean().default(false) });
const itemIn = z.object({
  id: z.number().int().optional(),
  name: z.string().nullish(),
  quality: qualityRef.nullish(),
  items: z.array(subItem).nullish(),
  allowed: z.boolean().default(false),
});

/** QualityProfileResource as clients send it (Recyclarr, the *arr UIs): unknown keys are ignored. */
export const arrQualityProfileBody = z.object({
  id: z.number().int().optional(),
  name: z.string().trim().min(1, "Give the profile a name"),
  upgradeAllowed: z.boolean().default(false),
  cutoff: z.number().int(),
  items: z.array(itemIn).min(1, "List the profile's qualities"),
  minFormatScore: z.number().int().default(0),
  cutoffFormatScore: z.number().int().default(0),
  minUpgradeFormatScore: z.number().int().default(1),
  formatItems: z
    .array(z.object({ format: z.number().int(), name: z.string().nullish(), score: z.number().int() }))
    .nullish(),
  language: z.object({ id: z.number().int(), name: z.string().nullish() }).nullish(),
});
export type ArrQualityProfileBody = z.output<typeof arrQualityProfileBody>;

const mydiaName = new Map(QUALITIES.map((q) => [q.id, q.name]));

/**
 * Qualities the persona cannot show (Sonarr has no CAM or BR-DISK) keep their place in the stored
 * profile: a hidden-only item stays as it was; a hidden quality of a mixed group becomes its own item.
 * They go last (worst), as Sonarr never ranks them.
 */
function hiddenItems(persona: Persona, current: QualityProfile | null, used: Set<string>): ProfileItem[] {
  const shown = new Set(arrQualities(persona).map((q) => q.mydiaId));
  const hidden = QUALITIES.filter((q) => !shown.has(q.id));
  if (hidden.length === 0) return [];
  const out: ProfileItem[] = [];
  const placed = new Set<number>();
  for (const item of current?.items ?? []) {
    const own = item.qualities.filter((id) => !shown.has(id));
    if (own.length === 0) continue;
    if (own.length === item.qualities.length && !used.has(item.id)) out.push(item);
    else
      for (const id of own)
        out.push({ id: `q${id}`, name: mydiaName.get(id)!, qualities: [id], allowed: item.allowed });
    own.forEach((id) => placed.add(id));
  }
  for (const q of hidden)
    if (!placed.has(q.id)) out.push({ id: `q${q.id}`, name: q.name, qualities: [q.id], allowed: false });
  return out;
}

function cutoffIn(persona: Persona, cutoff: number, items: readonly ProfileItem[]): string {
  const group = items.find((i) => i.id.startsWith("g") && groupNumber(i.id) === cutoff);
  if (group) return group.id;
  const quality = mydiaQualityId(persona, cutoff, "cutoff");
  const item = items.find((i) => i.qualities.includes(quality));
  if (!item)
    throw new ValidationError("The cutoff must be one of the profile's qualities", {
      fields: { cutoff: "Not in the profile" },
    });
  return item.id;
}

/**
 * The profile a client sent, as Mydia's profile input. `scoreOf` gives Mydia's format id for the
 * persona's format id (or throws); `current` is the stored profile on PUT.
 */
export function fromArrQualityProfile(
  persona: Persona,
  body: ArrQualityProfileBody,
  current: QualityProfile | null,
  formatIdOf: (arrId: number) => string | undefined,
): QualityProfileInput {
  const items: ProfileItem[] = [...body.items].reverse().map((item, index) => {
    if (item.items && item.items.length > 0) {
      const number = item.id && item.id >= 1000 ? item.id : 1000 + index;
      return {
        id: `g${number}`,
        name: item.name?.trim() || `Group ${number}`,
        qualities: item.items.map((sub) => mydiaQualityId(persona, sub.quality.id, "items")),
        allowed: item.allowed,
      };
    }
    if (!item.quality)
      throw new ValidationError("Each item names a quality or holds a group of them", {
        fields: { items: "Empty item" },
      });
    const quality = mydiaQualityId(persona, item.quality.id, "items");
    return { id: `q${quality}`, name: mydiaName.get(quality)!, qualities: [quality], allowed: item.allowed };
  });
  const used = new Set(items.map((i) => i.id));
  const all = [...items, ...hiddenItems(persona, current, used)];
  const formatScores: Record<string, number> = {};
  for (const f of body.formatItems ?? []) {
    const mydiaId = formatIdOf(f.format);
    if (!mydiaId)
      throw new ValidationError(`No custom format with id ${f.format}`, {
        fields: { formatItems: "Unknown custom format" },
      });
    if (f.score !== 0) formatScores[mydiaId] = f.score;
  }
  return {
    name: body.name,
    upgradeAllowed: body.upgradeAllowed,
    cutoff: cutoffIn(persona, body.cutoff, all),
    items: all,
    minFormatScore: body.minFormatScore,
    cutoffFormatScore: body.cutoffFormatScore,
    minUpgradeFormatScore: body.minUpgradeFormatScore,
    language:
      persona === "radarr" ? languageIn(body.language, current?.language ?? "any") : (current?.language ?? "any"),
    formatScores,
  };
}
