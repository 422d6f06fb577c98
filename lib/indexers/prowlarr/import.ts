import { assertCan, type Actor } from "@/lib/accounts";
import { parseInput } from "@/lib/errors";
import { proxyEndpoints } from "../definitions";
import { listIndexerRows } from "../indexer.repo";
import { prowlarrImportSchema } from "../prowlarr-import.input";
import { createIndexer } from "../indexer.service";
import { MOVIE_CATEGORY, TV_CATEGORY } from "../search/query";
import { ProwlarrClient } from "./client";

export interface ProwlarrImportResult {
  version: string;
  imported: { id: string; name: string }[];
  skipped: { name: string; reason: string }[];
}

const movieOrTv = (id: number) =>
  Math.floor(id / 1000) * 1000 === MOVIE_CATEGORY || Math.floor(id / 1000) * 1000 === TV_CATEGORY;

/**
 * Imports every enabled Prowlarr indexer in one step, each as a Torznab/Newznab indexer pointing
 * at Prowlarr's per-indexer proxy (`<prowlarr>/<id>/api`), with its priority and movie/TV categories.
 * Indexers imported before are skipped.
 */
export async function importFromProwlarr(
  actor: Actor,
  input: { baseUrl: string; apiKey: string },
  options: { fetch?: typeof fetch } = {},
): Promise<ProwlarrImportResult> {
  assertCan(actor, "admin");
  const { baseUrl, apiKey } = parseInput(prowlarrImportSchema, input);
  const client = new ProwlarrClient({ baseUrl, apiKey, fetch: options.fetch });
  const status = await client.status();
  const indexers = await client.indexers();
  const existing = await listIndexerRows();
  const importedBefore = new Set(existing.map((row) => row.importedFrom).filter(Boolean));
  const names = new Set(existing.map((row) => row.name.toLowerCase()));
  const result: ProwlarrImportResult = { version: status.version, imported: [], skipped: [] };
  for (const indexer of indexers) {
    const key = `prowlarr:${baseUrl.replace(/\/+$/, "")}:${indexer.id}`;
    if (!indexer.enable) {
      result.skipped.push({ name: indexer.name, reason: "disabled in Prowlarr" });
      continue;
    }
    if (indexer.protocol === "unknown") {
      result.skipped.push({ name: indexer.name, reason: "unknown protocol" });
      continue;
    }
    if (importedBefore.has(key)) {
      result.skipped.push({ name: indexer.name, reason: "already imported" });
      continue;
    }
    let name = `${indexer.name} (Prowlarr)`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${indexer.name} (Prowlarr ${n})`;
    const categories = (indexer.capabilities?.categories ?? [])
      .flatMap((c) => [c.id, ...(c.subCategories ?? []).map((s) => s.id)])
      .filter(movieOrTv);
    const endpoint = proxyEndpoints.prowlarr(baseUrl, indexer.id);
    const created = await createIndexer(
      actor,
      {
        kind: indexer.protocol === "usenet" ? "newznab" : "torznab",
        name,
        protocol: indexer.protocol,
        baseUrl: endpoint.baseUrl,
        apiPath: endpoint.apiPath,
        apiKey,
        priority: Math.min(50, Math.max(1, indexer.priority ?? 25)),
        categories: [...new Set(categories)],
        enableRss: indexer.supportsRss !== false,
        enableAutomatic: indexer.supportsSearch !== false,
        enableInteractive: indexer.supportsSearch !== false,
      },
      { importedFrom: key },
    );
    names.add(name.toLowerCase());
    result.imported.push({ id: created.id, name: created.name });
  }
  return result;
}
