import { systemActor } from "@/lib/accounts";
import { downloadClientProblems, listDownloadClients } from "@/lib/downloads";
import { listIndexers } from "@/lib/indexers";
import { isMetadataConfigured, withMetadata } from "@/lib/metadata";
import { fixes, problem, type Check } from "./health-check";

const names = (items: { name: string }[]) => items.map((i) => i.name).join(", ");

/** Sonarr's IndexerRssCheck/IndexerSearchCheck and IndexerStatusCheck: none enabled, some or all backed off. */
export const indexerChecks: Check = async () => {
  const enabled = (await listIndexers(systemActor)).filter(
    (i) => i.enableRss || i.enableAutomatic || i.enableInteractive,
  );
  if (enabled.length === 0)
    return [
      problem(
        "IndexerSearchCheck",
        "warning",
        "No indexer is enabled: Mydia cannot search for releases. Add or enable one.",
        fixes.indexers,
      ),
    ];
  const failing = enabled.filter((i) => i.status.disabledUntil !== null);
  if (failing.length === 0) return [];
  const all = failing.length === enabled.length;
  const since = failing
    .map((i) => i.status.lastFailureAt)
    .filter((at): at is string => at !== null)
    .sort()[0];
  const reasons = failing.map((i) => `${i.name}: ${i.status.lastFailureMessage ?? "failed"}`).join("; ");
  return [
    problem(
      "IndexerStatusCheck",
      all ? "error" : "warning",
      `${all ? "All indexers are" : `Indexers ${names(failing)} are`} unavailable due to failures and wait before the next try (${reasons}). Test them in settings once the cause is fixed.`,
      fixes.indexers,
      since ?? null,
    ),
  ];
};

/** Sonarr's DownloadClientCheck and DownloadClientStatusCheck: none enabled, or some not answering. */
export const downloadClientChecks: Check = async () => {
  const enabled = (await listDownloadClients(systemActor)).filter((c) => c.enabled);
  if (enabled.length === 0)
    return [
      problem(
        "DownloadClientCheck",
        "warning",
        "No download client is enabled: releases cannot be grabbed. Add or enable one.",
        fixes.downloadClients,
      ),
    ];
  const failing = await downloadClientProblems();
  const all = failing.length === enabled.length;
  return failing.map((client) =>
    problem(
      "DownloadClientStatusCheck",
      all ? "error" : "warning",
      `${client.clientName} is unreachable: ${client.message}. Mydia keeps retrying on a back-off; check its address and credentials.`,
      fixes.downloadClients,
      client.since,
    ),
  );
};

/** No TMDB key and no relay, or the provider does not answer (a live test, with the provider's timeout). */
export const metadataChecks: Check = async () => {
  if (!(await isMetadataConfigured()))
    return [
      problem(
        "MetadataProviderCheck",
        "error",
        "No metadata source is set: titles cannot be added or refreshed. Add a TMDB API key or a relay address.",
        fixes.metadata,
      ),
    ];
  try {
    await withMetadata((provider) => provider.test());
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      problem("MetadataProviderCheck", "error", `The metadata provider does not answer: ${reason}`, fixes.metadata),
    ];
  }
};
