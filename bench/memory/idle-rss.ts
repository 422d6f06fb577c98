// Resident memory of the web server and the worker, idle after start (npm start on SQLite).
// Needs `npm run build`. Reads /proc, so Linux only.
import { readdirSync, readFileSync } from "node:fs";
import { startApp } from "@/tests/helpers/app-server";

interface Proc {
  pid: number;
  ppid: number;
  rssKb: number;
  cmd: string;
}

function processes(): Proc[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
        const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
        const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return [{ pid: Number(pid), ppid, rssKb, cmd }];
      } catch {
        return [];
      }
    });
}

function tree(all: Proc[], root: number): Proc[] {
  const children = all.filter((p) => p.ppid === root);
  return children.flatMap((child) => [child, ...tree(all, child.pid)]);
}

const app = await startApp();
try {
  const settleSeconds = Number(process.env.SETTLE_SECONDS ?? 20);
  await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
  await fetch(`${app.baseUrl}/login`); // one page render, as after a first visit
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const all = processes();
  const below = tree(all, app.process.pid!);
  const mb = (procs: Proc[]) => (procs.reduce((sum, p) => sum + p.rssKb, 0) / 1024).toFixed(0);
  const web = below.filter((p) => /next|bin\/web\.(ts|mjs)/.test(p.cmd));
  const worker = below.filter((p) => /worker\/index\.(ts|mjs)/.test(p.cmd));
  console.log(`idle RSS after ${settleSeconds} s (SQLite):`);
  for (const p of [...web, ...worker])
    console.log(`  pid ${p.pid} ${(p.rssKb / 1024).toFixed(0)} MB  ${p.cmd.slice(0, 90)}`);
  console.log(
    `web ${mb(web)} MB, worker ${mb(worker)} MB, whole tree ${mb([...below, all.find((p) => p.pid === app.process.pid)!])} MB`,
  );
} finally {
  await app.stop();
}
