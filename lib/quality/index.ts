export type {
  CustomFormat,
  DelayProfile,
  FormatCondition,
  FormatConditionType,
  IndexerFlag,
  ProfileItem,
  Protocol,
  QualityProfile,
  QualitySize,
  ReleaseProfile,
  ReleaseType,
} from "./model";
export { INDEXER_FLAGS } from "./model";
export type {
  BlocklistEntry,
  DecisionContext,
  DecisionSettings,
  EpisodesTarget,
  ExistingFile,
  FileRevision,
  IndexerState,
  MovieTarget,
  QueuedItem,
  ReleaseCandidate,
  SearchTarget,
  TargetEpisode,
} from "./context";
export { DEFAULT_DECISION_SETTINGS, PROPERS_AND_REPACKS, episodeKey, type PropersAndRepacks } from "./context";
export { defaultQualitySizes, mergeQualitySizes, MAX_SIZE_PER_MINUTE } from "./definitions";
export { defaultQualityProfiles, defaultDelayProfile, DEFAULT_PROFILE_ID, CANONICAL_ITEMS } from "./defaults";
export { placeOf, cutoffRank, compareQualities, profileProblems } from "./profile";
export { cutoffMet } from "./upgrade";
export { matchFormats, totalScore, releaseTypeOf, compilePattern, type FormatMatch, type FormatInput } from "./formats";
export { decide, type Decision, type Rejection, type DecideOptions } from "./decide";
export { rank, compareDecisions, COMPARERS } from "./rank";
export { evaluateReleases, bestRelease } from "./evaluate-releases";
export {
  toDecisionView,
  toCandidate,
  interactiveDecisions,
  decisionViewSchema,
  type DecisionView,
  type IndexerReleaseLike,
} from "./view";
export { ARR_LANGUAGES } from "./arr-languages";
export { importFormats, exportFormat, trashFormatSchema, type ImportedFormat, type TrashFormat } from "./trash";
export { SPECS } from "./specs";
export type { Spec, Verdict, Evaluation } from "./spec";
export { pickDelayProfile } from "./pick";
export {
  listQualitySizes,
  updateQualitySizes,
  resetQualitySizes,
  listQualityProfiles,
  qualityProfilesForWanted,
  getQualityProfile,
  createQualityProfile,
  updateQualityProfile,
  deleteQualityProfile,
  resolveQualityProfileId,
  qualityProfileNames,
  type QualityProfileInput,
} from "./quality.service";
export {
  listCustomFormats,
  customFormatsForFiles,
  getCustomFormat,
  createCustomFormat,
  updateCustomFormat,
  deleteCustomFormat,
  importCustomFormats,
  exportCustomFormats,
  type ImportResult,
} from "./formats.service";
export {
  listReleaseProfiles,
  getReleaseProfile,
  createReleaseProfile,
  updateReleaseProfile,
  deleteReleaseProfile,
  listDelayProfiles,
  getDelayProfile,
  createDelayProfile,
  updateDelayProfile,
  deleteDelayProfile,
} from "./profiles.service";
export { ensureQualitySeeded } from "./seed";
export { loadQualityContext, type QualityContextPart } from "./load-context";
export { toExistingFile, fileQualityOf, type HeldVideo, type FileQuality } from "./held-file";
export * from "./quality.schemas";
