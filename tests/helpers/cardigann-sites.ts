import { readFileSync } from "node:fs";
import path from "node:path";
import { SiteSession } from "@/lib/indexers/cardigann/http";
import { loadDefinition } from "@/lib/indexers/cardigann/load";
import type { EngineContext } from "@/lib/indexers/cardigann/context";
import { FIXTURES } from "./fake-indexer";

export const CARDIGANN = path.join(FIXTURES, "cardigann");
export const definitionYaml = (relative: string) => readFileSync(path.join(CARDIGANN, relative), "utf8");
export const capture = (relative: string) => readFileSync(path.join(CARDIGANN, relative));

/** An engine context for a definition pointed at a local site. */
export function engineFor(
  yaml: string,
  siteUrl: string,
  settings: Record<string, string | boolean> = {},
  options: { requestDelayMs?: number } = {},
) {
  const { definition, unsupported } = loadDefinition(yaml);
  const saved: string[] = [];
  const session = new SiteSession({
    key: `${definition.id}-${Math.random()}`,
    name: definition.name,
    siteLink: `${siteUrl}/`,
    encoding: definition.encoding,
    timeoutMs: 10_000,
    requestDelayMs: options.requestDelayMs ?? definition.requestDelayMs,
  });
  const ctx: EngineContext = {
    definition,
    indexerName: definition.name,
    siteLink: `${siteUrl}/`,
    settings,
    session,
    now: () => new Date("2026-03-01T12:00:00Z"),
    saveSession: async (cookies) => void saved.push(cookies),
  };
  return { ctx, definition, unsupported, saved };
}

/** A TBDev-style private tracker page matching cinemageddon's selectors (login: post + test). */
export function cinemageddonBrowse(
  rows: { id: number; title: string; cat: number; seeders: number; coin?: string }[],
): string {
  const body = rows
    .map(
      (r) => `<tr>
  <td><a href="browse.php?cat=${r.cat}"><img src="/pic/cat${r.cat}.gif"></a></td>
  <td><a href="details.php?id=${r.id}">${r.title}</a> <a href="https://www.imdb.com/title/tt0137523/">IMDb</a>${r.coin ? ` <img src="/pic/${r.coin}">` : ""}</td>
  <td><a href="download.php?id=${r.id}">DL</a></td>
  <td>2021-03-2712:34:56</td>
  <td>1.37 GB<br>2 files</td>
  <td>55</td>
  <td>${r.seeders}</td>
  <td>3</td>
</tr>`,
    )
    .join("\n");
  return `<html><body><a href="/logout.php">Logout</a><table class="torrenttable"><tbody>
<tr><th>Type</th><th>Name</th><th>DL</th><th>Added</th><th>Size</th><th>Snatched</th><th>Seeders</th><th>Leechers</th></tr>
${body}
</tbody></table></body></html>`;
}

/** 1337x result rows (coll-1 … coll-5 cells) and a details page with the magnet link. */
export function leetxPage(page: number, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const id = page * 100 + i;
    return `<tr>
  <td class="coll-1 name"><a href="/sub/42/0/" class="icon"><i class="flaticon-hd"></i></a><a href="/torrent/${id}/Dune-Part-Two-2024-1080p-WEB-DL-DDP5-1-H-264-FLUX-p${page}/">Dune Part Two 2024 1080p WEB-DL DDP5 1 H 264-FLUX p${page}</a></td>
  <td class="coll-2 seeds">${100 - i}</td>
  <td class="coll-3 leeches">${i + 1}</td>
  <td class="coll-date">7am Sep. 14th</td>
  <td class="coll-4 size mob-vip">7.2 GB<span class="seeds">${100 - i}</span></td>
  <td class="coll-5 vip"><a href="/user/FLUX/">FLUX</a></td>
</tr>`;
  }).join("\n");
  return `<html><body><table class="table-list"><thead><tr><th>name</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

export const leetxDetails = (hash: string) =>
  `<html><body><ul class="dropdown-menu"><li><a href="http://itorrents.org/torrent/${hash.toUpperCase()}.torrent">ITORRENTS</a></li></ul><ul><li><a href="magnet:?xt=urn:btih:${hash}&dn=Dune">Magnet Download</a></li></ul></body></html>`;
