import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator, systemActor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import { until } from "@/tests/helpers/until";

/**
 * GET /metrics (issue 15): Prometheus text behind an API key of a role that may read, with what the
 * database knows (jobs by queue and state, queue depth, last durations, downloads by state, indexer
 * and client health, health problems) and what this process knows (event streams, HTTP timings by
 * route pattern, process metrics).
 */
type Handler = (r: Request) => Promise<Response>;
let readKey = "";
let requesterKey = "";
let metricsRoute: { GET: Handler };
let eventsRoute: { GET: Handler };

const scrape = async (key: string | null = readKey) =>
  metricsRoute.GET(new Request("http://localhost/metrics", { headers: key ? { authorization: `Bearer ${key}` } : {} }));
const text = async () => (await scrape()).text();
const value = (body: string, series: string): number | null => {
  const line = body.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
};

beforeAll(async () => {
  const viewer = await createUserAsOperator({
    username: "metrics-viewer",
    password: "viewer password 1",
    role: "readonly",
  });
  readKey = (await createApiKeyForUser(viewer.id, "prometheus")).key;
  const requester = await createUserAsOperator({
    username: "metrics-req",
    password: "requester pass 1",
    role: "requester",
  });
  requesterKey = (await createApiKeyForUser(requester.id, "k")).key;
  metricsRoute = await import("@/app/metrics/route");
  eventsRoute = await import("@/app/api/events/route");
});

describe("GET /metrics", () => {
  it("needs an API key of a role that may read", async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape("not-a-key")).status).toBe(401);
    expect((await scrape(requesterKey)).status).toBe(403);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it("answers jobs by queue and state, downloads by state, indexer health and process metrics", async () => {
    const { sendJob } = await import("@/lib/jobs");
    const { createIndexer } = await import("@/lib/indexers");
    const before = value(await text(), 'mydia_queue_depth{queue="housekeeping"}') ?? 0;
    await sendJob("housekeeping", {});
    await createIndexer(systemActor, {
      kind: "torznab",
      name: "Metrics indexer",
      baseUrl: "http://127.0.0.1:9",
      apiKey: "k",
    });
    await db().insert(tables.downloads).values({
      clientName: "Some client",
      clientItemId: "x1",
      protocol: "torrent",
      title: "A.Download.2020",
      episodeIds: [],
      importedFiles: [],
      status: "downloading",
      updatedAt: new Date(),
    });
    const body = await text();
    expect(value(body, 'mydia_queue_depth{queue="housekeeping"}')).toBe(before + 1);
    expect(value(body, 'mydia_jobs{queue="housekeeping",state="queued"}')).toBe(before + 1);
    expect(value(body, 'mydia_downloads{state="downloading"}')).toBe(1);
    expect(value(body, 'mydia_downloads{state="completed"}')).toBe(0);
    expect(value(body, 'mydia_indexer_up{indexer="Metrics indexer"}')).toBe(1);
    expect(value(body, 'mydia_health_problems{type="error"}')).toBeGreaterThanOrEqual(1);
    expect(body).toMatch(/^# TYPE mydia_http_request_duration_seconds histogram$/m);
    expect(body).toMatch(/^mydia_process_resident_memory_bytes \d+/m);
  });

  it("counts open event streams: up while a client listens, down when it leaves", async () => {
    const base = value(await text(), "mydia_sse_clients") ?? 0;
    const opened = value(await text(), "mydia_sse_connections_total") ?? 0;
    const abort = new AbortController();
    const response = await eventsRoute.GET(
      new Request("http://localhost/api/events", { headers: { "x-api-key": readKey }, signal: abort.signal }),
    );
    const reader = response.body!.getReader();
    await reader.read();
    await until("the stream counted", async () => value(await text(), "mydia_sse_clients") === base + 1);
    expect(value(await text(), "mydia_sse_connections_total")).toBe(opened + 1);
    abort.abort();
    await reader.cancel().catch(() => {});
    await until("the stream uncounted", async () => value(await text(), "mydia_sse_clients") === base);
  });

  it("labels HTTP timings by route pattern from the build's manifest, never by raw path", async () => {
    const { observeHttpRequest, routeLabeler } = await import("@/lib/metrics");
    const dist = mkdtempSync(path.join(tmpdir(), "mydia-manifest-"));
    mkdirSync(dist, { recursive: true });
    writeFileSync(
      path.join(dist, "routes-manifest.json"),
      JSON.stringify({
        staticRoutes: [{ page: "/movies", regex: "^/movies(?:/)?$" }],
        dynamicRoutes: [{ page: "/movies/[id]", regex: "^/movies/([^/]+?)(?:/)?$" }],
      }),
    );
    const label = routeLabeler(dist);
    expect(["/movies", "/movies/", "/movies/42", "/_next/static/chunks/a.js", "/nope/1"].map(label)).toEqual([
      "/movies",
      "/movies",
      "/movies/[id]",
      "/_next/static",
      "other",
    ]);
    const series = 'mydia_http_request_duration_seconds_count{method="GET",route="/movies/[id]",status="200"}';
    const before = value(await text(), series) ?? 0;
    observeHttpRequest("GET", label("/movies/42"), 200, 0.02);
    expect(value(await text(), series)).toBe(before + 1);
    rmSync(dist, { recursive: true, force: true });
  });
});
