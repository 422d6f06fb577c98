export type ListView = "grid" | "table";

/** The Movies and TV lists remember their view in a cookie, so the server renders the right one first. */
export const viewCookie = (kind: "movie" | "series") => (kind === "movie" ? "mydia-view-movies" : "mydia-view-tv");

export const listViewOf = (value: string | undefined): ListView => (value === "table" ? "table" : "grid");
