/**
 * The types of the values the tables hold (lib/db owns them so that the schema imports no context);
 * each context re-exports the ones it speaks of. Pure: safe in client components.
 */
export * from "./accounts";
export * from "./catalog";
export * from "./downloads";
export * from "./indexers";
export * from "./library";
export * from "./quality";
export * from "./requests";
