import { XMLParser } from "fast-xml-parser";
import { parse } from "@/lib/release";
import type { ReleaseCandidate } from "@/lib/quality";
import { fixture } from "./fake-indexer";

type Attr = { "@_name": string; "@_value": string };
interface Item {
  title: string;
  guid: string | { "#text": string };
  pubDate?: string;
  size?: number;
  enclosure?: { "@_length"?: string };
  attr?: Attr | Attr[];
}

/** The items of a captured Torznab/Newznab feed as decision candidates. */
export function feedCandidates(file: string, indexerId: string): ReleaseCandidate[] {
  const xml = fixture(file);
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false }).parse(xml);
  const raw = doc.rss?.channel?.item ?? [];
  const items: Item[] = Array.isArray(raw) ? raw : [raw];
  const protocol = file.includes("torznab") ? "torrent" : "usenet";
  return items.map((item, i) => {
    const attrs = item.attr === undefined ? [] : Array.isArray(item.attr) ? item.attr : [item.attr];
    const attr = (name: string) => attrs.find((a) => a["@_name"] === name)?.["@_value"];
    const size = Number(attr("size") ?? item.size ?? item.enclosure?.["@_length"] ?? Number.NaN);
    const seeders = attr("seeders");
    const title = String(item.title);
    return {
      guid: typeof item.guid === "string" ? item.guid : (item.guid?.["#text"] ?? `${file}#${i}`),
      title,
      indexerId,
      indexerName: indexerId,
      protocol,
      size: Number.isFinite(size) && size > 0 ? size : null,
      publishedAt: item.pubDate ? new Date(item.pubDate).toISOString() : null,
      seeders: seeders === undefined ? null : Number(seeders),
      infoHash: attr("infohash") ?? null,
      flags: [],
      release: parse(title),
    };
  });
}
