/** Prometheus metrics of this process (prom-client): HTTP timings, event streams, and gauges filled at scrape time. */
export { observeHttpRequest, trackSseClient, gauge, renderMetrics, processMetrics } from "./registry";
export { routeLabeler } from "./route-label";
