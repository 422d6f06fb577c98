import { stat } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "@/lib/accounts";
import {
  arrCustomFormatBody,
  arrIndexerBody,
  arrNamingBody,
  arrQualityProfileBody,
  fromArrCustomFormat,
  fromArrNaming,
  fromArrQualityProfile,
  indexerInputOf,
} from "@/lib/arr/resources";
import { allMovies, allSeries, movieTags, seriesTags } from "@/lib/catalog";
import { listBlocklist, listDownloadClients, type CreateDownloadClientInput } from "@/lib/downloads";
import { listIndexers, type CreateIndexerInput } from "@/lib/indexers";
import { allowedRoots, defaultNaming, listLibraries, listTitleVideoFiles, type Library } from "@/lib/library";
import { listCustomFormats, listQualityProfiles, type QualityProfileInput } from "@/lib/quality";
import { QUALITIES } from "@/lib/release";
import type { ArrApp, ArrInstall } from "./arr-peer";
import type { ArrDownloadClient, ArrEpisode, ArrEpisodeFile, ArrMovie, ArrSeries } from "./arr-resources.schema";
import { downloadClientInputOf } from "./download-client.mapper";

export const sections = [
  "rootFolders",
  "tags",
  "customFormats",
  "qualityProfiles",
  "indexers",
  "downloadClients",
  "naming",
  "titles",
  "files",
  "blocklist",
] as const;
export type Section = (typeof sections)[number];
export type Action = "create" | "skip" | "conflict";

export interface PlanItem {
  section: Section;
  name: string;
  action: Action;
  reason?: string;
}

/** A file to attach where it is: its root folder, its path inside it, and whose it is (by the peer's ids). */
export interface PlannedFile {
  rootPath: string;
  relativePath: string;
  quality: string | null;
  releaseGroup: string | null;
  edition: string | null;
  owner: { movieTmdbId: number } | { seriesTmdbId: number; episodes: { season: number; episode: number }[] };
}

/** The dry run's answer and the import's script: every item with what will happen to it, and the inputs to write. */
export interface ImportPlan {
  app: ArrApp;
  version: string;
  items: PlanItem[];
  libraries: { path: string; name: string; existingId: string | null }[];
  formats: { arrId: number; input: ReturnType<typeof fromArrCustomFormat> | null; existingId: string | null }[];
  profiles: { arrId: number; name: string; input: QualityProfileInput | null; existingId: string | null }[];
  indexers: CreateIndexerInput[];
  downloadClients: CreateDownloadClientInput[];
  naming: ReturnType<typeof fromArrNaming> | null;
  tagLabels: Map<number, string>;
  movies: { movie: ArrMovie; rootPath: string }[];
  series: { series: ArrSeries; rootPath: string }[];
  files: PlannedFile[];
  blocklist: PlannedBlock[];
}

/** A blocklisted release and whose it is (by TMDB id), if the app said. */
export interface PlannedBlock {
  title: string;
  protocol: "torrent" | "usenet";
  indexerName: string | null;
  reason: string;
  movieTmdbId: number | null;
  seriesTmdbId: number | null;
}

export type PlanSummary = Record<Section, Record<Action, number>>;

export function summarize(items: readonly PlanItem[]): PlanSummary {
  const summary = Object.fromEntries(sections.map((s) => [s, { create: 0, skip: 0, conflict: 0 }])) as PlanSummary;
  for (const item of items) summary[item.section][item.action]++;
  return summary;
}

const normalized = (folder: string) => path.normalize(folder).replace(/(.)\/+$/, "$1");
const isInside = (parent: string, child: string) => {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function folderProblem(folder: string): Promise<string | null> {
  const roots = allowedRoots();
  if (!roots.some((root) => isInside(root, folder)))
    return `outside the folders Mydia may use (${roots.join(", ")}); add it to LIBRARY_ALLOWED_ROOTS`;
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) return "the folder does not exist on this machine (mount it at the same path)";
  return null;
}

async function planRootFolders(install: ArrInstall, libraries: Library[], plan: ImportPlan) {
  const kind = install.app === "radarr" ? "movie" : "tv";
  for (const root of install.rootFolders) {
    const folder = normalized(root.path);
    const existing = libraries.find((l) => l.path === folder);
    if (existing && existing.kind !== kind) {
      plan.items.push({
        section: "rootFolders",
        name: folder,
        action: "conflict",
        reason: `already the ${existing.kind === "movie" ? "movies" : "TV"} library "${existing.name}"`,
      });
      continue;
    }
    if (existing) {
      plan.libraries.push({ path: folder, name: existing.name, existingId: existing.id });
      plan.items.push({ section: "rootFolders", name: folder, action: "skip", reason: `library "${existing.name}"` });
      continue;
    }
    const problem = await folderProblem(folder);
    if (problem) {
      plan.items.push({ section: "rootFolders", name: folder, action: "conflict", reason: problem });
      continue;
    }
    const name = `${path.basename(folder) || folder} (${install.app === "radarr" ? "Radarr" : "Sonarr"})`;
    plan.libraries.push({ path: folder, name, existingId: null });
    plan.items.push({ section: "rootFolders", name: folder, action: "create", reason: `library "${name}"` });
  }
}

async function planFormats(actor: Actor, install: ArrInstall, plan: ImportPlan) {
  const existing = new Map((await listCustomFormats(actor)).map((f) => [f.name.toLowerCase(), f.id]));
  for (const format of install.customFormats) {
    const existingId = existing.get(format.name.toLowerCase()) ?? null;
    if (existingId) {
      plan.formats.push({ arrId: format.id, input: null, existingId });
      plan.items.push({ section: "customFormats", name: format.name, action: "skip", reason: "same name in Mydia" });
      continue;
    }
    try {
      const input = fromArrCustomFormat(install.app, arrCustomFormatBody.parse(format));
      plan.formats.push({ arrId: format.id, input, existingId: null });
      plan.items.push({ section: "customFormats", name: format.name, action: "create" });
    } catch (error) {
      plan.items.push({ section: "customFormats", name: format.name, action: "conflict", reason: messageOf(error) });
    }
  }
}

/** Mydia's profiles list every quality (best first): those the peer's profile leaves out are added last, not allowed. */
function withEveryQuality(input: QualityProfileInput): QualityProfileInput {
  const listed = new Set(input.items.flatMap((item) => item.qualities));
  const missing = QUALITIES.filter((q) => !listed.has(q.id)).map((q) => ({
    id: `q${q.id}`,
    name: q.name,
    qualities: [q.id],
    allowed: false,
  }));
  return missing.length ? { ...input, items: [...input.items, ...missing] } : input;
}

async function planProfiles(actor: Actor, install: ArrInstall, plan: ImportPlan) {
  const existing = new Map((await listQualityProfiles(actor)).map((p) => [p.name.toLowerCase(), p.id]));
  const usable = new Set(plan.formats.map((f) => f.arrId));
  // Scores keep the peer's format ids here; the import swaps in Mydia's ids once the formats exist.
  const placeholder = (arrId: number) => (usable.has(arrId) ? `arr:${arrId}` : undefined);
  for (const profile of install.qualityProfiles) {
    const existingId = existing.get(profile.name.toLowerCase()) ?? null;
    if (existingId) {
      plan.profiles.push({ arrId: profile.id, name: profile.name, input: null, existingId });
      plan.items.push({
        section: "qualityProfiles",
        name: profile.name,
        action: "skip",
        reason: "Mydia has a profile of that name: its titles use it",
      });
      continue;
    }
    try {
      const body = arrQualityProfileBody.parse(profile);
      const dropped = (body.formatItems ?? []).filter((f) => !usable.has(f.format));
      body.formatItems = (body.formatItems ?? []).filter((f) => usable.has(f.format));
      const input = withEveryQuality(fromArrQualityProfile(install.app, body, null, placeholder));
      plan.profiles.push({ arrId: profile.id, name: profile.name, input, existingId: null });
      plan.items.push({
        section: "qualityProfiles",
        name: profile.name,
        action: "create",
        ...(dropped.length
          ? { reason: `without the scores of ${dropped.length} custom format(s) Mydia cannot import` }
          : {}),
      });
    } catch (error) {
      plan.items.push({ section: "qualityProfiles", name: profile.name, action: "conflict", reason: messageOf(error) });
    }
  }
}

async function planIndexersAndClients(actor: Actor, install: ArrInstall, plan: ImportPlan) {
  const indexerNames = new Set((await listIndexers(actor)).map((i) => i.name.toLowerCase()));
  for (const indexer of install.indexers) {
    if (indexerNames.has(indexer.name.toLowerCase())) {
      plan.items.push({ section: "indexers", name: indexer.name, action: "skip", reason: "same name in Mydia" });
      continue;
    }
    try {
      const input = indexerInputOf(install.app, arrIndexerBody.parse(indexer));
      plan.indexers.push(input);
      plan.items.push({
        section: "indexers",
        name: indexer.name,
        action: "create",
        ...(input.apiKey ? {} : { reason: "its API key was not sent: enter it in Settings → Indexers" }),
      });
    } catch (error) {
      plan.items.push({ section: "indexers", name: indexer.name, action: "conflict", reason: messageOf(error) });
    }
  }
  const clientNames = new Set((await listDownloadClients(actor)).map((c) => c.name.toLowerCase()));
  for (const client of install.downloadClients) planClient(install.app, client, clientNames, plan);
}

function planClient(app: ArrApp, client: ArrDownloadClient, names: Set<string>, plan: ImportPlan) {
  if (names.has(client.name.toLowerCase())) {
    plan.items.push({ section: "downloadClients", name: client.name, action: "skip", reason: "same name in Mydia" });
    return;
  }
  const mapped = downloadClientInputOf(app, client);
  if ("problem" in mapped) {
    plan.items.push({ section: "downloadClients", name: client.name, action: "conflict", reason: mapped.problem });
    return;
  }
  plan.downloadClients.push(mapped.input);
  plan.items.push({
    section: "downloadClients",
    name: client.name,
    action: "create",
    ...(mapped.note ? { reason: mapped.note } : {}),
  });
}

function planNaming(install: ArrInstall, plan: ImportPlan) {
  const created = plan.libraries.filter((l) => !l.existingId);
  if (created.length === 0) return;
  try {
    const body = arrNamingBody.parse(install.naming);
    plan.naming = fromArrNaming(install.app, body, defaultNaming());
    plan.items.push({
      section: "naming",
      name: install.app === "radarr" ? "Movie naming" : "Episode naming",
      action: "create",
      reason: `on ${created.map((l) => `"${l.name}"`).join(", ")}`,
    });
  } catch (error) {
    plan.items.push({ section: "naming", name: "Naming", action: "conflict", reason: messageOf(error) });
  }
}

function rootOf(titlePath: string, usable: readonly string[]): string | null {
  const folder = normalized(titlePath);
  return usable.find((root) => folder !== root && isInside(root, folder)) ?? null;
}

function fileIn(rootPath: string, titlePath: string, relative: string): string | null {
  const absolute = path.join(titlePath, relative);
  if (!isInside(rootPath, absolute)) return null;
  return path.relative(rootPath, absolute).split(path.sep).join("/");
}

async function planTitles(actor: Actor, install: ArrInstall, plan: ImportPlan) {
  const usable = plan.libraries.map((l) => l.path);
  const libraryIdOf = new Map(plan.libraries.map((l) => [l.path, l.existingId]));
  const known = new Set<string>();
  const noteAttached = async (owners: { movieIds: string[] } | { seriesIds: string[] }) => {
    if (("movieIds" in owners ? owners.movieIds : owners.seriesIds).length === 0) return;
    for (const file of await listTitleVideoFiles(actor, owners)) known.add(`${file.libraryId}:${file.relativePath}`);
  };
  const planFile = async (file: PlannedFile, label: string) => {
    const libraryId = libraryIdOf.get(file.rootPath);
    if (libraryId && known.has(`${libraryId}:${file.relativePath}`)) {
      plan.items.push({ section: "files", name: label, action: "skip", reason: "already attached" });
      return;
    }
    const info = await stat(path.join(file.rootPath, file.relativePath)).catch(() => null);
    if (!info?.isFile()) {
      plan.items.push({ section: "files", name: label, action: "conflict", reason: "not found on disk" });
      return;
    }
    plan.files.push(file);
    plan.items.push({ section: "files", name: label, action: "create", reason: "attached where it is" });
  };
  const placement = (title: { path: string; title: string }) => {
    const rootPath = rootOf(title.path, usable);
    if (rootPath) return { rootPath };
    const inAny = install.rootFolders.some((r) => isInside(normalized(r.path), normalized(title.path)));
    return {
      problem: inAny
        ? "its root folder cannot become a library (see Root folders)"
        : `its folder ${title.path} is outside every root folder`,
    };
  };

  if (install.app === "radarr") {
    const existing = new Map((await allMovies(actor)).map((m) => [m.tmdbId, m]));
    await noteAttached({ movieIds: [...existing.values()].map((m) => m.id) });
    for (const movie of install.movies) {
      const label = movie.year ? `${movie.title} (${movie.year})` : movie.title;
      const place = placement(movie);
      if ("problem" in place) {
        plan.items.push({ section: "titles", name: label, action: "conflict", reason: place.problem });
        continue;
      }
      if (existing.has(movie.tmdbId))
        plan.items.push({ section: "titles", name: label, action: "skip", reason: "already in Mydia" });
      else {
        plan.movies.push({ movie, rootPath: place.rootPath });
        plan.items.push({ section: "titles", name: label, action: "create" });
      }
      const file = movie.movieFile;
      const relativePath = file ? fileIn(place.rootPath, movie.path, file.relativePath) : null;
      if (file && relativePath)
        await planFile(
          {
            rootPath: place.rootPath,
            relativePath,
            quality: file.quality?.quality.name ?? null,
            releaseGroup: file.releaseGroup ?? null,
            edition: file.edition ?? null,
            owner: { movieTmdbId: movie.tmdbId },
          },
          relativePath,
        );
    }
    return;
  }

  const existing = new Map((await allSeries(actor)).map((s) => [s.tmdbId, s]));
  await noteAttached({ seriesIds: [...existing.values()].map((s) => s.id) });
  for (const series of install.series) {
    const label = series.year ? `${series.title} (${series.year})` : series.title;
    const place = placement(series);
    if ("problem" in place) {
      plan.items.push({ section: "titles", name: label, action: "conflict", reason: place.problem });
      continue;
    }
    if (!series.tmdbId) {
      plan.items.push({
        section: "titles",
        name: label,
        action: "conflict",
        reason: "Sonarr gave no TMDB id (Sonarr 4.0.5 or newer sends one); add it in Mydia by search",
      });
      continue;
    }
    if (existing.has(series.tmdbId))
      plan.items.push({ section: "titles", name: label, action: "skip", reason: "already in Mydia" });
    else {
      plan.series.push({ series, rootPath: place.rootPath });
      plan.items.push({ section: "titles", name: label, action: "create" });
    }
    const episodes = install.episodes.get(series.id) ?? [];
    for (const file of install.episodeFiles.get(series.id) ?? []) {
      const relativePath = fileIn(place.rootPath, series.path, file.relativePath);
      if (!relativePath) continue;
      await planFile(episodeFileOf(place.rootPath, relativePath, series.tmdbId, file, episodes), relativePath);
    }
  }
}

function episodeFileOf(
  rootPath: string,
  relativePath: string,
  seriesTmdbId: number,
  file: ArrEpisodeFile,
  episodes: readonly ArrEpisode[],
): PlannedFile {
  return {
    rootPath,
    relativePath,
    quality: file.quality?.quality.name ?? null,
    releaseGroup: file.releaseGroup ?? null,
    edition: null,
    owner: {
      seriesTmdbId,
      episodes: episodes
        .filter((e) => e.episodeFileId === file.id)
        .map((e) => ({ season: e.seasonNumber, episode: e.episodeNumber })),
    },
  };
}

async function planTags(actor: Actor, install: ArrInstall, plan: ImportPlan) {
  const used = new Set(
    install.app === "radarr" ? install.movies.flatMap((m) => m.tags) : install.series.flatMap((s) => s.tags),
  );
  const present = new Set([...(await movieTags(actor)), ...(await seriesTags(actor))]);
  for (const tag of install.tags) {
    const label = tag.label.trim().toLowerCase();
    plan.tagLabels.set(tag.id, label);
    if (!used.has(tag.id)) {
      plan.items.push({ section: "tags", name: label, action: "skip", reason: "no title carries it" });
      continue;
    }
    plan.items.push({
      section: "tags",
      name: label,
      action: present.has(label) ? "skip" : "create",
      reason: present.has(label) ? "already a label in Mydia" : "a label on its titles",
    });
  }
}

async function planBlocklist(actor: Actor, install: ArrInstall, plan: ImportPlan) {
  if (install.blocklist.length === 0) return;
  const present = new Set((await listBlocklist(actor)).map((b) => b.title.toLowerCase()));
  const movieTmdb = new Map(install.movies.map((m) => [m.id, m.tmdbId]));
  const seriesTmdb = new Map(install.series.map((s) => [s.id, s.tmdbId ?? null]));
  const seen = new Set<string>();
  for (const entry of install.blocklist) {
    const key = entry.sourceTitle.toLowerCase();
    if (present.has(key) || seen.has(key)) {
      plan.items.push({ section: "blocklist", name: entry.sourceTitle, action: "skip", reason: "already blocklisted" });
      continue;
    }
    if (entry.protocol === "unknown") {
      plan.items.push({
        section: "blocklist",
        name: entry.sourceTitle,
        action: "conflict",
        reason: "no protocol given",
      });
      continue;
    }
    seen.add(key);
    plan.blocklist.push({
      title: entry.sourceTitle,
      protocol: entry.protocol,
      indexerName: entry.indexer?.trim() || null,
      reason: entry.message?.trim() || `Blocklisted in ${install.app === "radarr" ? "Radarr" : "Sonarr"}`,
      movieTmdbId: entry.movieId ? (movieTmdb.get(entry.movieId) ?? null) : null,
      seriesTmdbId: entry.seriesId ? (seriesTmdb.get(entry.seriesId) ?? null) : null,
    });
    plan.items.push({ section: "blocklist", name: entry.sourceTitle, action: "create" });
  }
}

/** The dry run: what the import would create, skip (already there) and cannot take (with why). Writes nothing. */
export async function planImport(actor: Actor, install: ArrInstall): Promise<ImportPlan> {
  const plan: ImportPlan = {
    app: install.app,
    version: install.status.version,
    items: [],
    libraries: [],
    formats: [],
    profiles: [],
    indexers: [],
    downloadClients: [],
    naming: null,
    tagLabels: new Map(),
    movies: [],
    series: [],
    files: [],
    blocklist: [],
  };
  await planRootFolders(install, await listLibraries(actor), plan);
  await planTags(actor, install, plan);
  await planFormats(actor, install, plan);
  await planProfiles(actor, install, plan);
  await planIndexersAndClients(actor, install, plan);
  planNaming(install, plan);
  await planTitles(actor, install, plan);
  await planBlocklist(actor, install, plan);
  return plan;
}
