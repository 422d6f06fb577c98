import { readdirSync, readFileSync } from "node:fs";
import type { RunningApp } from "../../tests/helpers/app-server";

/** The web server's pid among the children of `npm start`'s supervisor (Linux /proc). */
export function webPid(app: RunningApp): number | null {
  for (const p of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1]);
      if (ppid === app.process.pid && readFileSync(`/proc/${p}/cmdline`, "utf8").includes("bin/web.mjs"))
        return Number(p);
    } catch {
      // gone
    }
  }
  return null;
}

/** Resident memory of a process now and at its peak, in MB. */
export function memoryMb(pid: number | null): { rss: number; peak: number } {
  if (!pid) return { rss: NaN, peak: NaN };
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}
