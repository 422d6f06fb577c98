import { listUsers, resolveCredential, systemActor } from "@/lib/accounts";
import { getAutomationSettings } from "@/lib/automation";
import { listMovies, listSeries } from "@/lib/catalog";
import { closeDb } from "@/lib/db";
import { closeJobQueue, listTasks } from "@/lib/jobs";
import { listLibraries } from "@/lib/library";
import { listCustomFormats, listQualityProfiles } from "@/lib/quality";

/**
 * What an install looks like through the app's own reading code, printed as JSON: run with
 * DATABASE_URL pointing at either database to compare an install before and after `db copy`.
 * Argument: an API key that must still authenticate.
 */
const key = process.argv[2] ?? "";
const tasks = await listTasks();
const snapshot = {
  users: (await listUsers(systemActor)).map((u) => ({ username: u.username, role: u.role })),
  keyOwner: (await resolveCredential({ kind: "api-key", key }))?.username ?? null,
  movies: (await listMovies(systemActor, { pageSize: 200 })).items,
  series: (await listSeries(systemActor, { pageSize: 200 })).items,
  // Free space changes by itself between two runs.
  libraries: (await listLibraries(systemActor)).map(({ space: _space, ...library }) => library),
  qualityProfiles: await listQualityProfiles(systemActor),
  customFormats: await listCustomFormats(systemActor),
  automation: await getAutomationSettings(systemActor),
  queued: Object.fromEntries(tasks.filter((t) => t.counts.queued > 0).map((t) => [t.name, t.counts.queued])),
  schedules: tasks.filter((t) => t.schedule).map((t) => `${t.name} ${t.schedule!.cron}`),
};
console.log(JSON.stringify(snapshot));
await closeJobQueue();
await closeDb();
