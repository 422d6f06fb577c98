import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { eventSubscriber } from "@/lib/events";
import { getJobQueue, workDeclaredQueues } from "@/lib/jobs";
import { PgBossJobQueue } from "@/lib/jobs/pg-boss/pg-boss-job-queue";
import { handlers } from "@/worker/handlers";

/**
 * One process of tests/integration/db/connection-budget.test.ts, wired as the real ones are:
 * `pool-hold.ts web` opens the database, the event listener (LISTEN) and a producer job queue
 * (what a web process holds); `pool-hold.ts worker` the worker's job queue working every declared
 * queue. Then it keeps more queries in flight than both pools allow, so each opens every
 * connection it may, prints "holding" and waits for SIGTERM. Pool sizes from the environment
 * (MYDIA_DB_POOL, MYDIA_JOBS_POOL) through the config, as in the app.
 */
const role = process.argv[2];
if (role !== "web" && role !== "worker") throw new Error("usage: pool-hold.ts web|worker");

const queue = await getJobQueue(role === "worker" ? { role: "worker" } : {});
if (role === "web") await eventSubscriber().ensureStarted();
else await workDeclaredQueues(handlers, { concurrency: 4 });
if (!(queue instanceof PgBossJobQueue)) throw new Error("pool-hold.ts needs PostgreSQL");
const bossDb = queue.boss.getDb();

const hold = (run: () => Promise<unknown>) => {
  const loop = async (): Promise<void> => {
    await run();
    return loop();
  };
  return loop().catch(() => {});
};
for (let i = 0; i < 30; i++) {
  void hold(() => db().execute(sql`SELECT pg_sleep(0.5)`));
  void hold(() => bossDb.executeSql("SELECT pg_sleep(0.5)"));
}
setTimeout(() => console.log("holding"), 1500);
process.on("SIGTERM", () => process.exit(0));
setInterval(() => {}, 60_000);
