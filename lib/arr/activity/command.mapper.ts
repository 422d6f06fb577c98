import type { CommandInput } from "@/lib/automation";
import { ValidationError } from "@/lib/errors";
import type { JobInfo } from "@/lib/jobs";
import type { Persona } from "../persona";
import { timeSpan } from "./time-span";

/** What a client's command names, with the integer ids already turned into Mydia's. */
export interface ResolvedCommand {
  name: string;
  /** Mydia commands that do the work (in order). */
  commands: CommandInput[];
}

const radarrOnly = new Set([
  "MoviesSearch",
  "MissingMoviesSearch",
  "CutoffUnmetMoviesSearch",
  "RefreshMovie",
  "RescanMovie",
  "DownloadedMoviesScan",
]);
const sonarrOnly = new Set([
  "SeriesSearch",
  "SeasonSearch",
  "EpisodeSearch",
  "MissingEpisodeSearch",
  "CutoffUnmetEpisodeSearch",
  "RefreshSeries",
  "RescanSeries",
  "DownloadedEpisodesScan",
]);
const downloadChecks = new Set([
  "DownloadedMoviesScan",
  "DownloadedEpisodesScan",
  "RefreshMonitoredDownloads",
  "ProcessMonitoredDownloads",
  "CheckForFinishedDownload",
]);

/** The command names each persona takes (Radarr's and Sonarr's names; Sonarr spells CutOff both ways). */
export function commandKnown(persona: Persona, name: string): boolean {
  const canonical = name === "CutOffUnmetEpisodeSearch" ? "CutoffUnmetEpisodeSearch" : name;
  if (downloadChecks.has(canonical) && !radarrOnly.has(canonical) && !sonarrOnly.has(canonical)) return true;
  if (canonical === "RssSync") return true;
  return persona === "radarr" ? radarrOnly.has(canonical) : sonarrOnly.has(canonical);
}

export function unknownCommand(persona: Persona, name: string): ValidationError {
  return new ValidationError(`${persona === "radarr" ? "Radarr" : "Sonarr"} has no command "${name}"`, {
    fields: { name: `unknown command "${name}"` },
  });
}

export type ArrCommandStatus = "queued" | "started" | "completed" | "failed";

/** The command's state from its jobs' states: failed if one failed, started while one runs, completed when all ended. */
export function commandState(
  jobIds: readonly string[],
  found: readonly JobInfo[],
  queuedAt: Date,
): { status: ArrCommandStatus; started: Date | null; ended: Date | null; exception: string | null } {
  const byId = new Map(found.map((job) => [job.id, job]));
  const jobs = jobIds.map((id) => byId.get(id));
  // A job gone from the queue was pruned after it finished.
  const ended = (job: JobInfo | undefined) => !job || ["completed", "failed", "cancelled"].includes(job.state);
  const starts = jobs.flatMap((job) => (job?.startedAt ? [job.startedAt.getTime()] : []));
  const ends = jobs.flatMap((job) => (job?.completedAt ? [job.completedAt.getTime()] : []));
  const failedJob = jobs.find((job) => job?.state === "failed" || job?.state === "cancelled");
  const allEnded = jobs.every(ended);
  const status: ArrCommandStatus =
    allEnded && failedJob ? "failed" : allEnded ? "completed" : starts.length ? "started" : "queued";
  const endedAt = allEnded ? new Date(ends.length ? Math.max(...ends) : queuedAt.getTime()) : null;
  return {
    status,
    started: starts.length ? new Date(Math.min(...starts)) : allEnded ? queuedAt : null,
    ended: endedAt,
    exception: failedJob ? (failedJob.error ?? `${failedJob.queue} job ${failedJob.state}`) : null,
  };
}

/** "MoviesSearch" → "Movies Search", as Radarr's commandName reads. */
export const commandDisplayName = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2");

/**
 * A CommandResource. Its `body` holds only the fields the documents give every command (Radarr's
 * and Sonarr's own answers add the command's fields, which their documents do not describe).
 */
export function toArrCommand(
  persona: Persona,
  row: { id: number; name: string; createdAt: Date },
  state: ReturnType<typeof commandState>,
) {
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  const duration =
    state.started && state.ended ? timeSpan((state.ended.getTime() - state.started.getTime()) / 1000) : null;
  const stateChange = state.ended ?? state.started ?? row.createdAt;
  return {
    id: row.id,
    name: row.name,
    commandName: commandDisplayName(row.name),
    message: state.status === "failed" ? state.exception : state.status === "completed" ? "Completed" : null,
    body: {
      name: row.name,
      sendUpdatesToClient: true,
      updateScheduledTask: false,
      completionMessage: "Completed",
      requiresDiskAccess: false,
      isExclusive: false,
      ...(persona === "radarr" ? { isTypeExclusive: false } : {}),
      isLongRunning: false,
      trigger: "manual",
      suppressMessages: false,
      lastExecutionTime: iso(state.ended),
      lastStartTime: iso(state.started),
    },
    priority: "normal",
    status: state.status,
    result: state.status === "completed" ? "successful" : state.status === "failed" ? "unsuccessful" : "unknown",
    queued: row.createdAt.toISOString(),
    started: iso(state.started),
    ended: iso(state.ended),
    duration,
    exception: state.exception,
    trigger: "manual",
    stateChangeTime: stateChange.toISOString(),
    sendUpdatesToClient: true,
    updateScheduledTask: false,
    lastExecutionTime: iso(state.ended),
  };
}
