import { readFileSync } from "node:fs";
import { inject } from "vitest";

/** Waits for the run's production build (build.global-setup.ts) before an e2e file starts. */
const state = inject("e2eBuildState");
if (state) {
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    const now = readFileSync(state, "utf8");
    if (now === "ok") break;
    if (now === "failed") {
      const log = readFileSync(state.replace(/state$/, "log"), "utf8");
      throw new Error(`npm run build failed; the end of its output:\n${log.slice(-4000)}`);
    }
    if (Date.now() > deadline) throw new Error("npm run build did not finish within 20 minutes");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
