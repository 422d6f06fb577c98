// Publishes timestamped events from a process of its own, as the worker does (same lib/events code).
import { closeDb } from "@/lib/db";
import { publish } from "@/lib/events";

const count = Number(process.argv[2] ?? 200);
const gapMs = Number(process.argv[3] ?? 25);
for (let i = 0; i < count; i++) {
  // A catalogued type carries the send time: the task name marks it, `detail` holds the time.
  await publish("task.progress", { name: "bench.latency", done: i, total: count, detail: String(Date.now()) });
  await new Promise((resolve) => setTimeout(resolve, gapMs));
}
await closeDb();
