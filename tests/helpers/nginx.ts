import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./postgres-server";

/** deploy/nginx.conf: the reverse proxy of the scale-out layout, shared with docker-compose.yml. */
export const nginxTemplate = path.resolve(import.meta.dirname, "../../deploy/nginx.conf");

const nginxBinary = ["/usr/sbin/nginx", "/sbin/nginx"].find((p) => existsSync(p)) ?? "nginx";

/** Debian's nginx (nginx-light), or a loud failure: the scale-out tests never skip. */
export function assertNginx(): void {
  const probe = spawnSync(nginxBinary, ["-v"], { encoding: "utf8" });
  if (probe.status !== 0)
    throw new Error(
      `nginx not found (${probe.error?.message ?? probe.stderr}): install Debian's nginx-light package (apt-get install nginx-light); .ci/run does.`,
    );
}

/** Fills deploy/nginx.conf's ${MYDIA_…} placeholders, as the nginx image's envsubst does. */
export function renderNginxTemplate(values: Record<"MYDIA_WEB_1" | "MYDIA_WEB_2" | "MYDIA_LISTEN", string>): string {
  return readFileSync(nginxTemplate, "utf8").replace(/\$\{(MYDIA_[A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = (values as Record<string, string>)[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf uses \${${name}}, which has no value`);
    return value;
  });
}

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  errorLog: () => string;
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground with deploy/nginx.conf in a folder of its own, on a free 127.0.0.1 port,
 * in front of two upstreams (give the same address twice for one web process). Nothing under /var.
 */
export async function startNginx(upstreams: [string, string], listenPort?: number): Promise<RunningNginx> {
  assertNginx();
  const dir = mkdtempSync(path.join(tmpdir(), "mydia-nginx-"));
  // As root, nginx's worker processes run as an unprivileged user: they write the temp folders.
  chmodSync(dir, 0o755);
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  const port = listenPort ?? (await freePort());
  writeFileSync(
    path.join(dir, "mydia.conf"),
    renderNginxTemplate({ MYDIA_WEB_1: upstreams[0], MYDIA_WEB_2: upstreams[1], MYDIA_LISTEN: `127.0.0.1:${port}` }),
  );
  const errorLog = path.join(dir, "error.log");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      "worker_processes 1;",
      `error_log ${errorLog} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
        (sub) => `  ${sub === "body" ? "client_body" : sub}_temp_path ${path.join(dir, sub)};`,
      ),
      `  include ${path.join(dir, "mydia.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(
    nginxBinary,
    [
      "-p",
      dir,
      "-e",
      errorLog,
      "-c",
      path.join(dir, "nginx.conf"),
      "-g",
      `daemon off; pid ${path.join(dir, "nginx.pid")};`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "");
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output}\n${readLog()}`);
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${output}\n${readLog()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    process: child,
    errorLog: readLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGQUIT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
