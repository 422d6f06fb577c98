import { z } from "zod";

/**
 * Characters no name may carry: C0 and C1 control characters (NUL included), the Arabic letter
 * mark, left-to-right/right-to-left marks, embeddings, overrides (U+202E) and isolates, and the
 * byte-order mark. They hide or reorder what a name shows ("evil\u202Evkm.exe") and PostgreSQL
 * refuses NUL in text. Zero-width joiners stay: scripts and emoji need them.
 */
const UNSAFE = "[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]";
const UNSAFE_ONE = new RegExp(UNSAFE, "u");
const UNSAFE_ALL = new RegExp(`${UNSAFE}+`, "gu");

export const UNSAFE_TEXT_MESSAGE = "must not contain control characters, NUL or invisible direction marks";

export function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE_ONE.test(value);
}

/** For text from peers (indexers, TMDB, torrents) on its way to the disk or the database: drop them. */
export function stripUnsafeCharacters(value: string, replacement = ""): string {
  return value.replace(UNSAFE_ALL, replacement);
}

/**
 * The one zod check for names and labels users type (users, libraries, profiles, formats, tags,
 * indexers, clients, keys): refuses them with a message the form shows, the same on both databases.
 */
export function safeText(): z.ZodString {
  return z.string().refine((value) => !hasUnsafeCharacters(value), { message: UNSAFE_TEXT_MESSAGE });
}
