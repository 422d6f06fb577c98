/** The automation context: the decisions that tie catalog, library, quality, indexers and downloads together, and the jobs that act on them. */
export {
  subjectContext,
  type SubjectContext,
  type ContextOptions,
  type OutsideState,
  type JudgedSubject,
} from "./subject-context";
export {
  releaseDecisions,
  judgeReleases,
  grabRejections,
  releaseRejections,
  type GrabbedRelease,
} from "./decisions.service";
export { interactiveSearch, startInteractiveSearch } from "./interactive-search.service";
export { releaseTarget, releaseEpisodes } from "./release-target.service";
export {
  releaseTargetQuery,
  releaseTargetSchema,
  type ReleaseTarget,
  type ReleaseTargetQuery,
} from "./release-target.schemas";
export {
  interactiveReleaseSchema,
  interactiveDecisionSchema,
  interactiveSearchResultSchema,
  interactiveSearchEventSchema,
  type InteractiveRelease,
  type InteractiveDecision,
  type InteractiveSearchResult,
  type InteractiveSearchEvent,
} from "./interactive-search.schemas";
export { wantedMissing, wantedCutoffUnmet, movieAvailable } from "./wanted.service";
export {
  wantedQuery,
  wantedItemSchema,
  wantedPageSchema,
  type WantedItem,
  type WantedPage,
  type WantedQuery,
} from "./wanted.schemas";
export { searchItem, type AutomationSubject, type ItemSearchSummary } from "./item-search.service";
export { rssSync, type RssSyncSummary } from "./rss-sync.service";
export { processPending, type PendingSummary } from "./pending.service";
export { searchWanted, type WantedSearchSummary } from "./wanted-search.service";
export { indexerStates, automationContext, type RunState } from "./automation-context";
export {
  runCommand,
  commandInput,
  commandNames,
  commandResultSchema,
  type CommandInput,
  type CommandResult,
} from "./commands.service";
export {
  automationSettingsSchema,
  getAutomationSettings,
  updateAutomationSettings,
  readAutomationSettings,
  type AutomationSettings,
} from "./settings";
export { automationSettingsInput, type AutomationSettingsInput } from "./settings.input";
export {
  automationSearchHandler,
  automationRssHandler,
  automationMissingHandler,
  automationCutoffHandler,
} from "./jobs";
