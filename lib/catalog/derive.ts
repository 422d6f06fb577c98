import type { MovieMetadata, SeriesMetadata } from "@/lib/metadata";
import type { MovieStatus, SeriesStatus, SeriesType } from "./catalog.types";

/** "The Matrix" sorts as "matrix"; accents and punctuation do not count. */
export function sortTitleOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Midnight UTC of a YYYY-MM-DD day, or that day at HH:MM UTC. */
export function dayToDate(day: string | null, time?: string | null): Date | null {
  if (!day) return null;
  const date = new Date(`${day}T${time ?? "00:00"}:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function movieStatusOf(meta: MovieMetadata, now = new Date()): MovieStatus {
  if (meta.tmdbStatus === "Canceled") return "canceled";
  const passed = (day: string | null) => !!day && dayToDate(day)! <= now;
  if (passed(meta.releaseDates.digital) || passed(meta.releaseDates.physical)) return "released";
  if (passed(meta.releaseDates.inCinemas)) {
    // Without digital/physical dates, a theatrical run counts as over after 90 days (as Radarr assumes).
    const cinema = dayToDate(meta.releaseDates.inCinemas)!;
    const noHomeDates = !meta.releaseDates.digital && !meta.releaseDates.physical;
    return noHomeDates && now.getTime() - cinema.getTime() > 90 * 86_400_000 ? "released" : "inCinemas";
  }
  return meta.tmdbStatus === "Released" ? "released" : "announced";
}

export function seriesStatusOf(meta: SeriesMetadata): SeriesStatus {
  switch (meta.tmdbStatus) {
    case "Ended":
      return "ended";
    case "Canceled":
      return "canceled";
    case "Returning Series":
      return "continuing";
    default:
      return meta.firstAirDate && dayToDate(meta.firstAirDate)! <= new Date() ? "continuing" : "upcoming";
  }
}

/** TMDB has no series type: talk shows and news are daily; Japanese animation is anime. */
export function seriesTypeOf(meta: SeriesMetadata): SeriesType {
  if (meta.tmdbType === "Talk Show" || meta.tmdbType === "News") return "daily";
  if (meta.originalLanguage === "ja" && meta.genres.some((g) => /animation|animación|animation/i.test(g)))
    return "anime";
  return "standard";
}
