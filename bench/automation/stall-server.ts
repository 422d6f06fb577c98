/**
 * The process side of bench/automation/stall.ts: one HTTP server in one event loop, as the web
 * process has, serving a cheap call (GET /health) and the Wanted lists (GET /wanted?tab=missing|cutoff),
 * run with DATABASE_URL set from the checkout whose code is measured. Prints `LISTENING <port>`.
 */
import { createServer } from "node:http";

async function main() {
  process.env.LOG_LEVEL = "silent";
  const { systemActor } = await import("@/lib/accounts");
  const automation = await import("@/lib/automation");
  const { getDbHandle, migrate } = await import("@/lib/db");
  await migrate(getDbHandle());
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/health") {
      res.end("ok");
      return;
    }
    const tab = url.searchParams.get("tab");
    const started = performance.now();
    (tab === "cutoff"
      ? automation.wantedCutoffUnmet(systemActor, { page: 1, pageSize: 50 })
      : automation.wantedMissing(systemActor, { page: 1, pageSize: 50 })
    ).then(
      (page) => res.end(JSON.stringify({ ms: performance.now() - started, total: page.total })),
      (error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    console.log(`LISTENING ${typeof address === "object" && address ? address.port : 0}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
