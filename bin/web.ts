import { createServer } from "node:http";
import { ConfigError, getConfig } from "@/lib/config";
import { prepareIncomingRequest, TrustedProxies } from "@/lib/http-server";
import { closeLogFile } from "@/lib/logger";
import { observeHttpRequest, routeLabeler } from "@/lib/metrics";

/**
 * The web server: Next.js behind a plain Node HTTP server, so every request can be told apart by
 * the socket it came from. X-Forwarded-* headers are believed only from TRUSTED_PROXIES; the client
 * address that sign-in limits and the relay's rate limit use is decided here (lib/http-server).
 * `--dev` runs Next in development mode (`npm run dev`).
 */
async function main() {
  const config = getConfig();
  const dev = process.argv.includes("--dev");
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
  // Next's server bundles load their own lib/logger: these tell it to write DATA_DIR/logs/web.log too.
  process.env.MYDIA_LOG_FILE = "web";
  process.env.MYDIA_LOG_DATA_DIR = config.dataDir;
  const { default: next } = await import("next");
  const app = next({ dev, hostname: config.HOSTNAME, port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const upgrade = app.getUpgradeHandler();
  const trusted = new TrustedProxies(config.trustedProxies);
  const routeOf = routeLabeler();
  const server = createServer((request, response) => {
    prepareIncomingRequest(request, trusted);
    const started = process.hrtime.bigint();
    response.once("close", () => {
      const pathname = (request.url ?? "/").split("?")[0];
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      observeHttpRequest(request.method ?? "GET", routeOf(pathname), response.statusCode, seconds);
    });
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.on("upgrade", (request, socket, head) => {
    prepareIncomingRequest(request, trusted);
    void upgrade(request, socket, head);
  });
  server.listen(config.PORT, config.HOSTNAME, () => {
    console.log(`mydia: web server on http://${config.HOSTNAME}:${config.PORT}`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Open event streams never end on their own: close idle and streaming connections too.
    server.close();
    server.closeAllConnections();
    void app
      .close()
      .then(closeLogFile)
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `mydia: ${error.message}` : error);
  process.exit(1);
});
