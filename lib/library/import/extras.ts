import { readdir } from "node:fs/promises";
import path from "node:path";

const EXTRA_EXTENSIONS = new Set(["srt", "ass", "ssa", "sub", "idx", "sup", "vtt", "smi", "nfo"]);

/**
 * Subtitles and NFOs that belong to a video: beside it, named like it plus a suffix
 * ("Movie.2010.mkv" → "Movie.2010.en.srt", "Movie.2010.forced.en.srt", "Movie.2010.nfo").
 * Returns [absolute source, suffix including the extension, e.g. ".en.srt"].
 */
export async function extrasOf(video: string): Promise<[string, string][]> {
  const dir = path.dirname(video);
  const base = path.basename(video).replace(/\.[^.]+$/, "");
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: [string, string][] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || name === path.basename(video)) continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!EXTRA_EXTENSIONS.has(ext)) continue;
    const suffix = name.slice(base.length);
    // Keep only short language/flag parts between the base and the extension (".en", ".forced.en").
    if (!/^(\.[A-Za-z0-9-]{1,12}){0,3}\.[a-z0-9]+$/i.test(suffix)) continue;
    out.push([path.join(dir, name), suffix.toLowerCase()]);
  }
  return out;
}
