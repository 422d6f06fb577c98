import { assertCan, type Actor } from "@/lib/accounts";
import { listDownloadClientHealth, listDownloadClients } from "@/lib/downloads";
import { listIndexers } from "@/lib/indexers";
import { listLibraries } from "@/lib/library";
import { resolveMetadataSource } from "@/lib/metadata";

export type SetupStepId = "metadata" | "library" | "indexer" | "download-client";

/** One step of the first-run checklist: whether it is done, what is there now, and where to do it. */
export interface SetupStep {
  id: SetupStepId;
  title: string;
  /** Why the step matters, for someone who has not done it yet. */
  why: string;
  done: boolean;
  /** What is configured now ("TMDB, with a key from the environment"), or what is missing. */
  state: string;
  /** Set up, but not working right now (a folder that is gone, a client that does not answer). */
  problem: string | null;
  href: string;
  action: string;
}

export interface SetupChecklist {
  steps: SetupStep[];
  /** Every step done: the checklist is no longer shown. */
  complete: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function metadataStep(): Promise<SetupStep> {
  const source = await resolveMetadataSource();
  return {
    id: "metadata",
    title: "Connect a metadata source",
    why: "Titles, posters, seasons and air dates come from TMDB: add a free TMDB API key, or the address of a metadata relay (another Mydia that holds a key).",
    done: source.kind !== "none",
    state:
      source.kind === "tmdb"
        ? "TMDB, with an API key"
        : source.kind === "relay"
          ? `Metadata relay at ${new URL(source.baseUrl).origin}`
          : "No TMDB key or relay yet",
    problem: null,
    href: "/settings/metadata",
    action: source.kind === "none" ? "Set up metadata" : "Metadata settings",
  };
}

async function libraryStep(actor: Actor): Promise<SetupStep> {
  const libraries = await listLibraries(actor);
  const broken = libraries.find((l) => l.problem);
  return {
    id: "library",
    title: "Add a library",
    why: "A library is the folder where your movies or your series live; Mydia files new downloads there.",
    done: libraries.length > 0,
    state: libraries.length
      ? libraries.map((l) => `${l.name} (${l.path})`).join(", ")
      : "No library yet: add the folder of your movies or series here, or when you add your first title",
    problem: broken ? `${broken.name}: ${broken.problem}` : null,
    href: "/settings/libraries",
    action: libraries.length ? "Libraries" : "Add a library",
  };
}

async function indexerStep(actor: Actor): Promise<SetupStep> {
  const indexers = (await listIndexers(actor)).filter((i) => i.enableRss || i.enableAutomatic || i.enableInteractive);
  const failing = indexers.find((i) => i.status.consecutiveFailures > 0 && i.status.lastFailureMessage);
  return {
    id: "indexer",
    title: "Add an indexer",
    why: "Indexers (Torznab/Newznab, Prowlarr or Jackett) are where Mydia searches for releases.",
    done: indexers.length > 0,
    state: indexers.length
      ? `${plural(indexers.length, "indexer")}: ${indexers.map((i) => i.name).join(", ")}`
      : "None yet",
    problem: failing ? `${failing.name}: ${failing.status.lastFailureMessage}` : null,
    href: "/settings/indexers",
    action: indexers.length ? "Indexers" : "Add an indexer",
  };
}

async function downloadClientStep(actor: Actor): Promise<SetupStep> {
  const [clients, health] = await Promise.all([listDownloadClients(actor), listDownloadClientHealth(actor)]);
  const enabled = clients.filter((c) => c.enabled);
  const down = enabled.find((c) => health[c.id] && !health[c.id].reachable);
  return {
    id: "download-client",
    title: "Add a download client",
    why: "A download client (qBittorrent, Transmission, SABnzbd or NZBGet) downloads what Mydia grabs.",
    done: enabled.length > 0,
    state: enabled.length
      ? `${plural(enabled.length, "client")}: ${enabled.map((c) => c.name).join(", ")}`
      : "None yet",
    problem: down ? (health[down.id].message ?? `${down.name} does not answer`) : null,
    href: "/settings/download-clients",
    action: enabled.length ? "Download clients" : "Add a download client",
  };
}

/** The first-run checklist of the home page (admins only): metadata → library → indexer → download client. */
export async function setupChecklist(actor: Actor): Promise<SetupChecklist> {
  assertCan(actor, "admin");
  const steps = await Promise.all([metadataStep(), libraryStep(actor), indexerStep(actor), downloadClientStep(actor)]);
  return { steps, complete: steps.every((s) => s.done) };
}
