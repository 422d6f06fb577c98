import type { SeriesForMatch } from "./match-lookup";

/** Comparable form of a title: case, accents, punctuation and "&"/"and" do not matter. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

interface Titled {
  id: string;
  title: string;
  originalTitle: string | null;
  year: number | null;
  tmdbId: number;
  imdbId: string | null;
}

/** In-memory lookups over catalog movies or series (a library scan, an RSS sync): by id and by normalized title. */
export class TitleIndex<T extends Titled> {
  private readonly byKey = new Map<string, T[]>();
  private readonly byTmdb = new Map<number, T>();
  private readonly byImdb = new Map<string, T>();
  private readonly byTvdb = new Map<number, T>();

  constructor(items: T[]) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    this.byTmdb.set(item.tmdbId, item);
    if (item.imdbId) this.byImdb.set(item.imdbId.toLowerCase(), item);
    const tvdb = (item as Partial<SeriesForMatch>).tvdbId;
    if (tvdb) this.byTvdb.set(tvdb, item);
    for (const title of new Set([item.title, item.originalTitle].filter((t): t is string => !!t))) {
      const key = titleKey(title);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(item)) list.push(item);
      this.byKey.set(key, list);
    }
  }

  byIds(ids: { tmdbId: number | null; imdbId: string | null; tvdbId: number | null }): T | null {
    return (
      (ids.tmdbId !== null ? this.byTmdb.get(ids.tmdbId) : undefined) ??
      (ids.tvdbId !== null ? this.byTvdb.get(ids.tvdbId) : undefined) ??
      (ids.imdbId !== null ? this.byImdb.get(ids.imdbId) : undefined) ??
      null
    );
  }

  /** Same title and year (±1 year as release years differ by country); without a year only an unambiguous title. */
  byTitle(title: string, year: number | null): T | null {
    const list = this.byKey.get(titleKey(title));
    if (!list || list.length === 0) return null;
    if (year === null) return list.length === 1 ? list[0] : null;
    const exact = list.filter((i) => i.year === year);
    if (exact.length === 1) return exact[0];
    if (exact.length > 1) return null;
    const near = list.filter((i) => i.year !== null && Math.abs(i.year - year) === 1);
    return near.length === 1 ? near[0] : null;
  }
}
