import { z } from "zod";
import { healthChecksSchema, taskSchema } from "@/lib/system";
import { defineEndpoint } from "../endpoint";

const statusSchema = z.object({
  version: z.string(),
  nodeVersion: z.string(),
  dialect: z.enum(["sqlite", "pg"]),
  database: z.object({ reachable: z.boolean(), error: z.string().nullable() }),
  worker: z.object({
    lastHeartbeat: z.string().nullable(),
    ageSeconds: z.number().nullable(),
    online: z.boolean(),
    lastCrash: z
      .object({
        crashedAt: z.string(),
        exitCode: z.number().nullable(),
        signal: z.string().nullable(),
        restarts: z.number().describe("crashes in a row before this restart"),
        restartDelayMs: z.number(),
      })
      .nullable()
      .describe("the worker's last crash under npm start (it was restarted)"),
  }),
  dataDir: z.object({ path: z.string(), freeBytes: z.number().nullable(), totalBytes: z.number().nullable() }),
  uptimeSeconds: z.number(),
});

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded", "down"]),
  database: z.enum(["ok", "unreachable"]),
  workerHeartbeatAgeSeconds: z.number().nullable(),
  version: z.string(),
});

export const systemStatus = defineEndpoint({
  method: "GET",
  path: "/api/v1/system/status",
  summary: "Version, database dialect, worker heartbeat and free space of the data directory",
  tag: "System",
  access: "admin",
  response: statusSchema,
});

export const systemTasks = defineEndpoint({
  method: "GET",
  path: "/api/v1/system/tasks",
  summary: "Every queue and schedule with its last run, next run, duration and result",
  tag: "System",
  access: "admin",
  response: z.object({ items: z.array(taskSchema) }),
});

export const runSystemTask = defineEndpoint({
  method: "POST",
  path: "/api/v1/system/tasks/{name}/run",
  summary: "Queue a task to run now",
  tag: "System",
  access: "admin",
  params: z.object({ name: z.string().min(1) }),
  response: z.object({ jobId: z.string().nullable() }),
  successStatus: 202,
});

export const health = defineEndpoint({
  method: "GET",
  path: "/api/health",
  summary: "Health for load balancers and Docker: 503 when the database is down",
  tag: "System",
  access: "public",
  response: healthSchema,
});

export const healthChecksEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/health-checks",
  summary: "What needs attention (System → Health): each problem with its type and the page that fixes it",
  tag: "System",
  access: "read",
  response: healthChecksSchema,
});
