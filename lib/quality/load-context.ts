import { pickDelayProfile } from "./pick";
import type { DecisionContext } from "./context";
import { mergeQualitySizes } from "./definitions";
import * as repo from "./quality.repo";
import { resolveQualityProfileId } from "./quality.service";

/** The part of a DecisionContext that lib/quality owns. */
export type QualityContextPart = Pick<
  DecisionContext,
  "profile" | "sizes" | "formats" | "releaseProfiles" | "delayProfile"
>;

/**
 * Loads the profile of an item (its id as stored on the movie or series) with the size
 * definitions, custom formats, release profiles and the delay profile for its tags. Load once
 * per search and reuse it for every release.
 */
export async function loadQualityContext(profileId: string, tags: readonly string[] = []): Promise<QualityContextPart> {
  const id = await resolveQualityProfileId(profileId);
  const [profile, sizes, formats, releaseProfiles, delayProfiles] = await Promise.all([
    repo.findProfileRow(id),
    repo.listSizeRows(),
    repo.listFormatRows(),
    repo.listReleaseProfileRows(),
    repo.listDelayProfileRows(),
  ]);
  if (!profile) throw new Error(`Quality profile ${id} vanished`);
  return {
    profile,
    sizes: mergeQualitySizes(sizes),
    formats,
    releaseProfiles,
    delayProfile: pickDelayProfile(delayProfiles, tags),
  };
}
