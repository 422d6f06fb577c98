import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * One Prometheus registry per process, on globalThis: the web server (bin/web.ts, which times every
 * request) and Next's route bundles (which serve /metrics and hold the event streams) each load
 * their own copy of this module.
 */
const KEY = Symbol.for("mydia.metrics");

interface ProcessMetrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  sseClients: Gauge;
  sseConnections: Counter;
}

function create(): ProcessMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "mydia_" });
  return {
    registry,
    httpDuration: new Histogram({
      name: "mydia_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method, route pattern and status",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    sseClients: new Gauge({
      name: "mydia_sse_clients",
      help: "Event streams (GET /api/events) open on this web process",
      registers: [registry],
    }),
    sseConnections: new Counter({
      name: "mydia_sse_connections_total",
      help: "Event streams opened on this web process",
      registers: [registry],
    }),
  };
}

export function processMetrics(): ProcessMetrics {
  const holder = globalThis as { [KEY]?: ProcessMetrics };
  holder[KEY] ??= create();
  return holder[KEY];
}

/** Records one answered request; `route` is the route pattern (`/movies/[id]`), never the raw path. */
export function observeHttpRequest(method: string, route: string, status: number, seconds: number): void {
  processMetrics().httpDuration.observe({ method, route, status: String(status) }, seconds);
}

/** An event stream opened; call the returned function once when it closes. */
export function trackSseClient(): () => void {
  const metrics = processMetrics();
  metrics.sseClients.inc();
  metrics.sseConnections.inc();
  let open = true;
  return () => {
    if (!open) return;
    open = false;
    metrics.sseClients.dec();
  };
}

/** A gauge of this process's registry, created on first use (scrape-time values read from the database). */
export function gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
  const { registry } = processMetrics();
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Gauge<L>;
  return new Gauge({ name, help, labelNames, registers: [registry] });
}

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const { registry } = processMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
