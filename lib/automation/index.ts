/** The automation context: the decisions that tie catalog, library, quality and indexers together. */
export { subjectContext, type SubjectContext, type ContextOptions, type OutsideState } from "./subject-context";
export { releaseDecisions, judgeReleases } from "./decisions.service";
export { toExistingFile, type HeldVideo } from "./held-files";
export { wantedMissing, wantedCutoffUnmet, movieAvailable } from "./wanted.service";
export { wantedQuery, wantedItemSchema, wantedPageSchema, type WantedItem, type WantedPage, type WantedQuery } from "./wanted.schemas";
export { searchWantedItem, type WantedSubject, type SearchOutcome, type SearchOptions as WantedSearchOptions } from "./search.service";
