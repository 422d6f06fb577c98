import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startFakeServer, type FakeServer } from "./fake-indexer";

/**
 * A Radarr or Sonarr install generated in code (the shapes of their v3 OpenAPI documents, which stay
 * outside the repository): root folders, tags, six quality profiles, custom formats, indexers,
 * download clients, naming, and 500 movies or 200 series with their episodes and files. Some files
 * are written under `mediaRoot` as small real files; the rest only exist in the peer's answers.
 */
export interface FakeArrOptions {
  app: "radarr" | "sonarr";
  mediaRoot: string;
  apiKey?: string;
  titles?: number;
  /** How many titles have files on disk. */
  withFiles?: number;
  /** Answers GET <resource> with this body instead (e.g. a malformed one). */
  override?: (resource: string) => unknown;
}

export interface FakeArr extends FakeServer {
  apiKey: string;
  install: ReturnType<typeof generate>;
  /** Every response body sent, by the document's path (for the OpenAPI shape checks). */
  answered: Map<string, unknown>;
}

const QUALITIES = [
  { id: 1, name: "SDTV", source: "television", resolution: 480 },
  { id: 2, name: "DVD", source: "dvd", resolution: 480 },
  { id: 4, name: "HDTV-720p", source: "television", resolution: 720 },
  { id: 5, name: "WEBDL-720p", source: "web", resolution: 720 },
  { id: 6, name: "Bluray-720p", source: "bluray", resolution: 720 },
  { id: 9, name: "HDTV-1080p", source: "television", resolution: 1080 },
  { id: 3, name: "WEBDL-1080p", source: "web", resolution: 1080 },
  { id: 7, name: "Bluray-1080p", source: "bluray", resolution: 1080 },
  { id: 16, name: "HDTV-2160p", source: "television", resolution: 2160 },
  { id: 18, name: "WEBDL-2160p", source: "web", resolution: 2160 },
  { id: 19, name: "Bluray-2160p", source: "bluray", resolution: 2160 },
];
const PROFILES: [string, number, number[]][] = [
  ["Any", 1, [1, 2, 4, 5, 6, 9, 3, 7]],
  ["SD", 1, [1, 2]],
  ["HD-720p", 4, [4, 5, 6]],
  ["HD-1080p", 9, [9, 3, 7]],
  ["Ultra-HD", 16, [16, 18, 19]],
  ["HD - 720p/1080p", 4, [4, 5, 6, 9, 3, 7]],
];
const WORDS = ["Silent", "River", "Broken", "Crown", "Night", "Harbor", "Glass", "Winter", "Signal", "Orchard"];
const titleOf = (i: number) => `${WORDS[i % 10]} ${WORDS[Math.floor(i / 10) % 10]} ${Math.floor(i / 100) + 1}`;
/** Radarr and Sonarr name the sources differently. */
const RADARR_SOURCE: Record<string, string> = { television: "tv", web: "webdl", bluray: "bluray", dvd: "dvd" };
const qualityOf = (app: "radarr" | "sonarr", q: (typeof QUALITIES)[number]) =>
  app === "radarr" ? { ...q, source: RADARR_SOURCE[q.source], modifier: "none" } : q;
const fileQuality = (app: "radarr" | "sonarr", id: number) => ({
  quality: qualityOf(
    app,
    QUALITIES.find((q) => q.id === id)!,
  ),
  revision: { version: 1, real: 0, isRepack: false },
});

function generate(options: FakeArrOptions) {
  const { app, mediaRoot } = options;
  const count = options.titles ?? (app === "radarr" ? 500 : 200);
  const withFiles = options.withFiles ?? 20;
  const root = path.join(mediaRoot, app === "radarr" ? "movies" : "tv");
  const outside = app === "radarr" ? "/srv/elsewhere/movies" : "/srv/elsewhere/tv";
  const rootFolders = [
    { id: 1, path: root, accessible: true, freeSpace: 1e12, unmappedFolders: [] },
    { id: 2, path: outside, accessible: true, freeSpace: 1e12, unmappedFolders: [] },
  ];
  const tags = [
    { id: 1, label: "kids" },
    { id: 2, label: "4k" },
    { id: 3, label: "unused" },
  ];
  const customFormats = [
    {
      id: 1,
      name: "x265",
      includeCustomFormatWhenRenaming: false,
      specifications: [
        {
          name: "x265",
          implementation: "ReleaseTitleSpecification",
          negate: false,
          required: true,
          fields: [{ name: "value", value: "[xh]\\.?265|hevc" }],
        },
      ],
    },
    {
      id: 2,
      name: "Remaster",
      includeCustomFormatWhenRenaming: true,
      specifications: [
        {
          name: "Remaster",
          implementation: "ReleaseTitleSpecification",
          negate: false,
          required: true,
          fields: [{ name: "value", value: "remaster" }],
        },
      ],
    },
  ];
  const qualityProfiles = PROFILES.map(([name, cutoff, allowed], i) => ({
    id: i + 1,
    name,
    upgradeAllowed: i % 2 === 0,
    cutoff,
    items: QUALITIES.map((q) => ({ quality: qualityOf(app, q), items: [], allowed: allowed.includes(q.id) })),
    minFormatScore: 0,
    cutoffFormatScore: 0,
    minUpgradeFormatScore: 1,
    formatItems: customFormats.map((f) => ({ format: f.id, name: f.name, score: f.id === 1 ? -50 : 10 })),
    ...(app === "radarr" ? { language: { id: 1, name: "English" } } : {}),
  }));
  const field = (name: string, value: unknown) => ({ name, value });
  const indexers = [
    {
      id: 1,
      name: "Local Torznab",
      implementation: "Torznab",
      configContract: "TorznabSettings",
      protocol: "torrent",
      priority: 25,
      enableRss: true,
      enableAutomaticSearch: true,
      enableInteractiveSearch: true,
      tags: [],
      fields: [
        field("baseUrl", "http://127.0.0.1:9117/api/v2.0/indexers/local/results/torznab"),
        field("apiPath", "/api"),
        field("apiKey", "torznab-key"),
        field("categories", app === "radarr" ? [2000, 2040] : [5000, 5040]),
        field("minimumSeeders", 1),
      ],
    },
    {
      id: 2,
      name: "Old RSS site",
      implementation: "TorrentRssIndexer",
      configContract: "TorrentRssIndexerSettings",
      protocol: "torrent",
      priority: 25,
      enableRss: true,
      enableAutomaticSearch: false,
      enableInteractiveSearch: false,
      tags: [],
      fields: [field("baseUrl", "http://127.0.0.1:1/rss")],
    },
  ];
  const downloadClients = [
    {
      id: 1,
      name: "qBittorrent",
      enable: true,
      protocol: "torrent",
      priority: 1,
      removeCompletedDownloads: true,
      removeFailedDownloads: true,
      implementation: "QBittorrent",
      configContract: "QBittorrentSettings",
      tags: [],
      fields: [
        field("host", "127.0.0.1"),
        field("port", 8080),
        field("useSsl", false),
        field("urlBase", ""),
        field("username", "admin"),
        field("password", "********"),
        field(app === "radarr" ? "movieCategory" : "tvCategory", app === "radarr" ? "radarr" : "tv-sonarr"),
      ],
    },
    {
      id: 2,
      name: "Deluge",
      enable: false,
      protocol: "torrent",
      priority: 2,
      implementation: "Deluge",
      configContract: "DelugeSettings",
      tags: [],
      fields: [field("host", "127.0.0.1"), field("port", 8112)],
    },
  ];
  const naming =
    app === "radarr"
      ? {
          id: 1,
          renameMovies: true,
          replaceIllegalCharacters: true,
          colonReplacementFormat: "dash",
          standardMovieFormat: "{Movie Title} ({Release Year}) {Quality Full}",
          movieFolderFormat: "{Movie Title} ({Release Year})",
        }
      : {
          id: 1,
          renameEpisodes: true,
          replaceIllegalCharacters: true,
          colonReplacementFormat: 4,
          multiEpisodeStyle: 5,
          standardEpisodeFormat: "{Series Title} - S{season:00}E{episode:00} - {Episode Title} {Quality Full}",
          dailyEpisodeFormat: "{Series Title} - {Air-Date} - {Episode Title} {Quality Full}",
          animeEpisodeFormat: "{Series Title} - S{season:00}E{episode:00} - {Episode Title} {Quality Full}",
          seriesFolderFormat: "{Series Title} ({Series Year})",
          seasonFolderFormat: "Season {season:00}",
          specialsFolderFormat: "Specials",
        };

  const disk: string[] = [];
  const movies: Record<string, unknown>[] = [];
  const series: Record<string, unknown>[] = [];
  const episodes = new Map<number, Record<string, unknown>[]>();
  const episodeFiles = new Map<number, Record<string, unknown>[]>();
  for (let i = 0; i < count; i++) {
    const id = i + 1;
    const title = titleOf(i);
    const year = 1980 + (i % 45);
    const folderRoot = i === count - 1 ? outside : root;
    const folder = `${title} (${year})`;
    const profileId = (i % 6) + 1;
    const tagIds = i % 7 === 0 ? [1] : i % 11 === 0 ? [2] : [];
    const images = [
      {
        coverType: "poster",
        url: `/MediaCover/${id}/poster.jpg`,
        remoteUrl: `https://artworks.thetvdb.com/p/${id}.jpg`,
      },
    ];
    const hasFile = i < withFiles || i === withFiles; // one more file than on disk: it is missing
    if (app === "radarr") {
      const relativePath = `${title} (${year}) Bluray-1080p.mkv`;
      if (i < withFiles) disk.push(path.join(folderRoot, folder, relativePath));
      movies.push({
        id,
        title,
        originalTitle: title,
        originalLanguage: { id: 1, name: "English" },
        sortTitle: title.toLowerCase(),
        sizeOnDisk: hasFile ? 2048 : 0,
        status: "released",
        overview: `${title} is a generated film.`,
        inCinemas: `${year}-03-01T00:00:00Z`,
        digitalRelease: `${year}-07-01T00:00:00Z`,
        images,
        year,
        path: path.join(folderRoot, folder),
        qualityProfileId: profileId,
        hasFile,
        movieFileId: hasFile ? id : 0,
        monitored: i % 5 !== 0,
        minimumAvailability: i % 3 === 0 ? "inCinemas" : "released",
        isAvailable: true,
        folderName: path.join(folderRoot, folder),
        runtime: 95 + (i % 40),
        cleanTitle: title.toLowerCase().replaceAll(" ", ""),
        imdbId: `tt${String(9_000_000 + id)}`,
        tmdbId: 900_000 + id,
        titleSlug: `${900_000 + id}`,
        rootFolderPath: folderRoot,
        genres: ["Drama"],
        tags: tagIds,
        added: "2024-01-01T00:00:00Z",
        ratings: { tmdb: { votes: 100 + i, value: 6.5, type: "user" } },
        popularity: 10 + i,
        ...(hasFile
          ? {
              movieFile: {
                id,
                movieId: id,
                relativePath,
                path: path.join(folderRoot, folder, relativePath),
                size: 2048,
                dateAdded: "2024-01-02T00:00:00Z",
                releaseGroup: "GRP",
                quality: fileQuality(app, 7),
                languages: [{ id: 1, name: "English" }],
                qualityCutoffNotMet: false,
              },
            }
          : {}),
      });
      continue;
    }
    const seasonCount = 1 + (i % 3);
    const own: Record<string, unknown>[] = [];
    const files: Record<string, unknown>[] = [];
    let episodeId = id * 1000;
    for (let season = 1; season <= seasonCount; season++)
      for (let number = 1; number <= 8; number++) {
        const withFile = hasFile && season === 1 && number <= 2;
        const fileId = withFile ? episodeId : 0;
        const relativePath = `Season ${String(season).padStart(2, "0")}/${title} - S${String(season).padStart(2, "0")}E${String(number).padStart(2, "0")} - Episode ${number} WEBDL-1080p.mkv`;
        if (withFile) {
          if (i < withFiles) disk.push(path.join(folderRoot, folder, relativePath));
          files.push({
            id: fileId,
            seriesId: id,
            seasonNumber: season,
            relativePath,
            path: path.join(folderRoot, folder, relativePath),
            size: 1024,
            dateAdded: "2024-01-02T00:00:00Z",
            releaseGroup: "GRP",
            quality: fileQuality(app, 3),
            languages: [{ id: 1, name: "English" }],
            qualityCutoffNotMet: false,
          });
        }
        own.push({
          id: episodeId++,
          seriesId: id,
          tvdbId: 0,
          episodeFileId: fileId,
          seasonNumber: season,
          episodeNumber: number,
          title: `Episode ${number}`,
          airDate: `${2000 + (i % 20)}-0${season}-1${number % 10}`,
          airDateUtc: `${2000 + (i % 20)}-0${season}-1${number % 10}T01:00:00Z`,
          runtime: 42,
          overview: "A generated episode.",
          hasFile: withFile,
          monitored: !(season === seasonCount && number > 6),
          unverifiedSceneNumbering: false,
        });
      }
    episodes.set(id, own);
    episodeFiles.set(id, files);
    series.push({
      id,
      title,
      sortTitle: title.toLowerCase(),
      status: i % 4 === 0 ? "ended" : "continuing",
      ended: i % 4 === 0,
      overview: `${title} is a generated show.`,
      network: "Generated TV",
      airTime: "21:00",
      images,
      originalLanguage: { id: 1, name: "English" },
      seasons: Array.from({ length: seasonCount }, (_, s) => ({
        seasonNumber: s + 1,
        monitored: s !== 0 || i % 9 !== 0,
      })),
      year,
      path: path.join(folderRoot, folder),
      qualityProfileId: profileId,
      seasonFolder: true,
      monitored: i % 5 !== 0,
      monitorNewItems: "all",
      useSceneNumbering: false,
      runtime: 42,
      tvdbId: 700_000 + id,
      tvRageId: 0,
      tvMazeId: 0,
      tmdbId: 800_000 + id,
      firstAired: `${year}-01-10T00:00:00Z`,
      seriesType: i % 10 === 3 ? "anime" : "standard",
      cleanTitle: title.toLowerCase().replaceAll(" ", ""),
      imdbId: `tt${String(8_000_000 + id)}`,
      titleSlug: title.toLowerCase().replaceAll(" ", "-"),
      rootFolderPath: folderRoot,
      genres: ["Drama"],
      tags: tagIds,
      added: "2024-01-01T00:00:00Z",
      ratings: { votes: 50, value: 7.5 },
    });
  }
  const blocklist = [
    {
      id: 1,
      sourceTitle: `${titleOf(1)}.${1981}.1080p.BluRay.x264-BAD`,
      protocol: "torrent",
      indexer: "Local Torznab",
      message: "Fake release",
      date: "2024-02-01T00:00:00Z",
      ...(app === "radarr" ? { movieId: 2 } : { seriesId: 2, episodeIds: [] }),
      languages: [],
      customFormats: [],
      quality: fileQuality(app, 7),
    },
    {
      id: 2,
      sourceTitle: "Some.Other.Release.720p.WEB-DL-GRP",
      protocol: "usenet",
      indexer: "Local Torznab",
      message: "Failed download",
      date: "2024-02-02T00:00:00Z",
      languages: [],
      customFormats: [],
      quality: fileQuality(app, 5),
    },
    {
      id: 3,
      sourceTitle: "Unknown.Protocol.Release",
      protocol: "unknown",
      date: "2024-02-03T00:00:00Z",
      languages: [],
      customFormats: [],
      quality: fileQuality(app, 1),
    },
  ];
  return {
    blocklist,
    status: {
      appName: app === "radarr" ? "Radarr" : "Sonarr",
      instanceName: app === "radarr" ? "Radarr" : "Sonarr",
      version: app === "radarr" ? "5.26.2.10099" : "4.0.15.2941",
      urlBase: "",
    },
    root,
    rootFolders,
    tags,
    customFormats,
    qualityProfiles,
    indexers,
    downloadClients,
    naming,
    movies,
    series,
    episodes,
    episodeFiles,
    disk,
  };
}

/** Starts the fake peer on 127.0.0.1 and writes its files on disk. Answers 401 without the key, as the *arr apps do. */
export async function startFakeArr(options: FakeArrOptions): Promise<FakeArr> {
  const apiKey = options.apiKey ?? "0123456789abcdef0123456789abcdef";
  const install = generate(options);
  for (const file of install.disk) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "generated video bytes");
  }
  const answered = new Map<string, unknown>();
  const bodies: Record<string, (query: URLSearchParams) => unknown> = {
    "system/status": () => install.status,
    tag: () => install.tags,
    rootfolder: () => install.rootFolders,
    qualityprofile: () => install.qualityProfiles,
    customformat: () => install.customFormats,
    indexer: () => install.indexers,
    downloadclient: () => install.downloadClients,
    "config/naming": () => install.naming,
    movie: () => install.movies,
    series: () => install.series,
    episode: (q) => install.episodes.get(Number(q.get("seriesId"))) ?? [],
    episodefile: (q) => install.episodeFiles.get(Number(q.get("seriesId"))) ?? [],
    blocklist: (q) => ({
      page: Number(q.get("page") ?? 1),
      pageSize: Number(q.get("pageSize") ?? 10),
      sortKey: "date",
      sortDirection: "descending",
      totalRecords: install.blocklist.length,
      records: install.blocklist.slice(
        (Number(q.get("page") ?? 1) - 1) * Number(q.get("pageSize") ?? 10),
        Number(q.get("page") ?? 1) * Number(q.get("pageSize") ?? 10),
      ),
    }),
  };
  const server = await startFakeServer((request) => {
    if (request.headers["x-api-key"] !== apiKey && request.url.searchParams.get("apikey") !== apiKey)
      return { status: 401, body: "Unauthorized" };
    const resource = request.url.pathname.replace(/^\/api\/v3\//, "");
    const body = bodies[resource];
    if (!body || request.method !== "GET") return { status: 404, body: "Not Found" };
    const value = options.override?.(resource) ?? body(request.url.searchParams);
    answered.set(`/api/v3/${resource}`, value);
    return { headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
  }, 600_000);
  return { ...server, apiKey, install, answered };
}
