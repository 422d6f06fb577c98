import type { Spec } from "../spec";
import { notGrabbedBefore } from "./already-grabbed.spec";
import { availability } from "./availability.spec";
import { notBlocklisted } from "./blocklist.spec";
import { cutoffNotMet } from "./cutoff.spec";
import { delay } from "./delay.spec";
import { formatScoreMinimum } from "./format-score.spec";
import { freeSpace } from "./free-space.spec";
import { indexerBackoff } from "./indexer-backoff.spec";
import { language } from "./language.spec";
import { usenetMinimumAge } from "./minimum-age.spec";
import { monitored } from "./monitored.spec";
import { protocolEnabled } from "./protocol.spec";
import { qualityAllowed } from "./quality-allowed.spec";
import { notQueued } from "./queue.spec";
import { notRawDisk } from "./raw-disk.spec";
import { releaseTerms } from "./release-terms.spec";
import { repackSameGroup } from "./repack.spec";
import { usenetRetention } from "./retention.spec";
import { notSample } from "./sample.spec";
import { seasonPack } from "./season-pack.spec";
import { minimumSeeders } from "./seeders.spec";
import { sizeLimits } from "./size.spec";
import { matchesTarget } from "./target-match.spec";
import { upgradesDisk } from "./upgrade.spec";

/** Every rule, in cost order (stable within a stage). */
export const SPECS: readonly Spec[] = [
  qualityAllowed,
  monitored,
  availability,
  protocolEnabled,
  minimumSeeders,
  usenetRetention,
  usenetMinimumAge,
  notSample,
  notRawDisk,
  indexerBackoff,
  language,
  formatScoreMinimum,
  sizeLimits,
  matchesTarget,
  seasonPack,
  releaseTerms,
  notBlocklisted,
  notGrabbedBefore,
  notQueued,
  upgradesDisk,
  cutoffNotMet,
  repackSameGroup,
  delay,
  freeSpace,
].toSorted((a, b) => a.stage - b.stage);
