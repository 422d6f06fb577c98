import { imageBaseUrl, imageUrl } from "@/lib/metadata";

/** Pieces Radarr's and Sonarr's title resources share. */
export const NEVER = "0001-01-01T00:00:00Z";

/** A YYYY-MM-DD day or an ISO instant as the documents' date-time; null stays null. */
export function dateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : new Date(value).toISOString();
}

export const cleanTitleOf = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export function titleSlugOf(title: string, id: number): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug ? `${slug}-${id}` : String(id);
}

/** Poster and fanart: `url` is Mydia's resized copy (same host), `remoteUrl` TMDB's original. */
export function coversOf(posterPath: string | null, backdropPath: string | null) {
  const covers: { coverType: "poster" | "fanart"; url: string; remoteUrl: string }[] = [];
  const add = (coverType: "poster" | "fanart", tmdbPath: string | null, width: 500 | 1280) => {
    const local = imageUrl(tmdbPath, width);
    if (tmdbPath && local) covers.push({ coverType, url: local, remoteUrl: `${imageBaseUrl()}/original${tmdbPath}` });
  };
  add("poster", posterPath, 500);
  add("fanart", backdropPath, 1280);
  return covers;
}

export const remotePosterOf = (posterPath: string | null) =>
  posterPath ? `${imageBaseUrl()}/original${posterPath}` : null;

export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
