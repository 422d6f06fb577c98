import type { IndexerProtocol } from "../indexer.types";
import { IndexerRequestError } from "../errors";
import { emptyRelease, infoHashFromMagnet, normalizeImdbId, volumeFlags, type IndexerRelease } from "../release";
import { throwIfErrorDocument } from "./schema";
import { asArray, asNode, attrsOf, parseXml, textOf, type XmlNode } from "./xml";

export interface FeedSource {
  indexerId: string;
  indexerName: string;
  protocol: IndexerProtocol;
}

const num = (value: string | undefined | null): number | null => {
  if (value === undefined || value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};
const int = (value: string | undefined | null): number | null => {
  const n = num(value);
  return n === null ? null : Math.trunc(n);
};

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** All `torznab:attr` / `newznab:attr` (any prefix) of an item, repeated names kept in order. */
function itemAttrs(item: XmlNode): Map<string, string[]> {
  const attrs = new Map<string, string[]>();
  for (const [key, value] of Object.entries(item)) {
    if (key !== "attr" && !key.endsWith(":attr")) continue;
    for (const entry of asArray(value)) {
      const { name, value: attrValue } = attrsOf(entry);
      if (!name || attrValue === undefined) continue;
      const list = attrs.get(name.toLowerCase()) ?? [];
      list.push(attrValue);
      attrs.set(name.toLowerCase(), list);
    }
  }
  return attrs;
}

function toRelease(item: XmlNode, source: FeedSource): IndexerRelease | null {
  const title = textOf(item.title)?.trim();
  if (!title) return null;
  const attrs = itemAttrs(item);
  const first = (name: string) => attrs.get(name)?.[0];
  const enclosure = attrsOf(item.enclosure);
  const link = textOf(item.link)?.trim() || null;
  const enclosureUrl = enclosure.url?.trim() || null;
  const guid = textOf(item.guid)?.trim() || enclosureUrl || link || title;

  const magnetAttr = first("magneturl") ?? null;
  const candidates = [enclosureUrl, link].filter((url): url is string => !!url);
  const magnetUrl = magnetAttr ?? candidates.find((url) => url.startsWith("magnet:")) ?? null;
  const downloadUrl = candidates.find((url) => !url.startsWith("magnet:")) ?? null;
  const infoHash = first("infohash")?.toLowerCase() ?? (magnetUrl ? infoHashFromMagnet(magnetUrl) : null);

  const size = num(first("size")) ?? num(textOf(item.size)) ?? num(enclosure.length);
  const seeders = int(first("seeders"));
  const peersAttr = int(first("peers"));
  const leechers = int(first("leechers"));
  const peers = peersAttr ?? (leechers !== null && seeders !== null ? leechers + seeders : null);
  const downloadVolumeFactor = num(first("downloadvolumefactor"));
  const uploadVolumeFactor = num(first("uploadvolumefactor"));

  const categories = new Set<number>();
  for (const value of attrs.get("category") ?? []) {
    for (const part of value.split(",")) {
      const id = int(part);
      if (id !== null) categories.add(id);
    }
  }
  for (const category of asArray(item.category)) {
    const id = int(textOf(category));
    if (id !== null && !attrs.has("category")) categories.add(id);
  }

  const tags = (attrs.get("tag") ?? []).map((t) => t.toLowerCase());
  const flags = [...volumeFlags(downloadVolumeFactor, uploadVolumeFactor)];
  if (tags.includes("freeleech") && !flags.includes("freeleech")) flags.push("freeleech");
  for (const tag of ["internal", "scene", "exclusive", "nuked"]) if (tags.includes(tag)) flags.push(tag);
  if (first("prematch") === "1" && !flags.includes("scene")) flags.push("scene");
  if (first("nuked") === "1" && !flags.includes("nuked")) flags.push("nuked");

  return {
    ...emptyRelease({
      guid,
      title,
      indexerId: source.indexerId,
      indexerName: source.indexerName,
      protocol: source.protocol,
    }),
    downloadUrl: source.protocol === "usenet" ? (enclosureUrl ?? link) : downloadUrl,
    magnetUrl: source.protocol === "torrent" ? magnetUrl : null,
    infoHash: source.protocol === "torrent" ? infoHash : null,
    infoUrl: textOf(item.comments)?.trim() || (textOf(item.guid)?.startsWith("http") ? textOf(item.guid) : null),
    size: size !== null && size > 0 ? size : null,
    publishedAt: isoDate(first("usenetdate")) ?? isoDate(textOf(item.pubDate)),
    categories: [...categories],
    seeders,
    peers,
    grabs: int(first("grabs")),
    downloadVolumeFactor,
    uploadVolumeFactor,
    minimumRatio: num(first("minimumratio")),
    minimumSeedTime: int(first("minimumseedtime")),
    imdbId: normalizeImdbId(first("imdbid") ?? first("imdb")),
    tvdbId: int(first("tvdbid")) || null,
    tmdbId: int(first("tmdbid")) || null,
    flags,
  };
}

export interface ParsedFeed {
  releases: IndexerRelease[];
  /** Items without a title, skipped. */
  skipped: number;
  /** `newznab:response total` when the indexer reports it. */
  total: number | null;
}

/** Parses a Torznab/Newznab RSS answer (search or RSS). Error documents throw IndexerRequestError. */
export function parseFeed(text: string, source: FeedSource): ParsedFeed {
  const doc = parseXml(text, source.indexerName);
  throwIfErrorDocument(doc, source.indexerName);
  const channel = asNode(asNode(doc.rss)?.channel) ?? asNode(asNode(doc.feed)?.channel);
  if (!channel) {
    const root = Object.keys(doc).filter((k) => k !== "?xml")[0] ?? "nothing";
    throw new IndexerRequestError("parse", `${source.indexerName} answered with <${root}> instead of an RSS feed`);
  }
  const items = asArray(channel.item);
  const releases: IndexerRelease[] = [];
  let skipped = 0;
  for (const raw of items) {
    const item = asNode(raw);
    const release = item ? toRelease(item, source) : null;
    if (release) releases.push(release);
    else skipped++;
  }
  const response = Object.entries(channel).find(([key]) => key.endsWith(":response"))?.[1];
  const total = num(attrsOf(response).total);
  return { releases, skipped, total };
}
