import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseEnv } from "@/lib/config";
import { nginxTemplate, renderNginxTemplate } from "@/tests/helpers/nginx";

/**
 * docker-compose.yml cannot run here (no Docker engine): it is checked against what
 * tests/e2e/scale-out.test.ts runs for real — the same nginx config file, two web processes and two
 * workers started from the same bundles, one database, one secret, shared data and library folders —
 * and its settings pass the app's own environment schema.
 */
const root = path.resolve(import.meta.dirname, "../../..");

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
}
const compose = parse(readFileSync(path.join(root, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { services } = compose;
const app = ["migrate", "web1", "web2", "worker1", "worker2"];

describe("docker-compose.yml", () => {
  it("has the scale-out test's layout: PostgreSQL, a migration, two web processes, two workers, nginx", () => {
    expect(Object.keys(services).sort()).toEqual([
      "migrate",
      "nginx",
      "postgres",
      "web1",
      "web2",
      "worker1",
      "worker2",
    ]);
    expect(services.migrate.command).toEqual(["node", "dist/bin/mydia.mjs", "migrate"]);
    for (const web of ["web1", "web2"]) expect(services[web].command).toEqual(["node", "dist/bin/web.mjs"]);
    for (const worker of ["worker1", "worker2"])
      expect(services[worker].command).toEqual(["node", "--max-semi-space-size=2", "dist/worker/index.mjs"]);
    // The bundles the test starts (tests/helpers/app-processes.ts) are the ones the services run.
    const processes = readFileSync(path.join(root, "tests/helpers/app-processes.ts"), "utf8");
    expect(processes).toContain(`path.join("dist", "bin", "web.mjs")`);
    expect(processes).toContain(`"--max-semi-space-size=2", path.join("dist", "worker", "index.mjs")`);
    // Nothing starts before the migration has run, and the migration waits for PostgreSQL.
    for (const name of app.slice(1))
      expect(services[name].depends_on).toEqual({ migrate: { condition: "service_completed_successfully" } });
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
  });

  it("mounts deploy/nginx.conf, the file the test's nginx runs, with a value for each of its placeholders", () => {
    const nginx = services.nginx;
    const mount = nginx.volumes!.find((v) => v.includes("nginx"))!;
    const [source, target] = mount.split(":");
    expect(path.resolve(root, source)).toBe(nginxTemplate);
    expect(target).toBe("/etc/nginx/templates/default.conf.template");
    const placeholders = [...readFileSync(nginxTemplate, "utf8").matchAll(/\$\{(MYDIA_[A-Z0-9_]+)\}/g)].map(
      (m) => m[1],
    );
    expect([...new Set(placeholders)].sort()).toEqual(Object.keys(nginx.environment!).sort());
    expect(nginx.environment).toMatchObject({ MYDIA_WEB_1: "web1:3000", MYDIA_WEB_2: "web2:3000" });
    const rendered = renderNginxTemplate({ MYDIA_WEB_1: "web1:3000", MYDIA_WEB_2: "web2:3000", MYDIA_LISTEN: "80" });
    // Round-robin without stickiness: no ip_hash, hash or sticky directive; event streams unbuffered.
    expect(rendered).not.toMatch(/^\s*(ip_hash|hash|sticky)\b/m);
    expect(rendered).toMatch(/upstream mydia_web \{\s*server web1:3000;\s*server web2:3000;/);
    expect(rendered).toMatch(/location = \/api\/events \{[^}]*proxy_buffering off;/);
  });

  it("gives every app process the same database, secret, data and library folders, and settings the app accepts", () => {
    const envs = app.map((name) => services[name].environment!);
    for (const env of envs) expect(env).toEqual(envs[0]);
    for (const name of app) expect(services[name].volumes).toEqual(["mydia-data:/data", "media:/media"]);
    const env = envs[0];
    expect(new URL(env.DATABASE_URL).hostname).toBe("postgres");
    expect(env.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?/);
    const parsed = parseEnv({ ...env, AUTH_SECRET: "x".repeat(48), BASE_URL: "http://localhost:8080" });
    // Two web processes (pool + event listener + jobs pool), two workers (pool + jobs pool) and the migration's one.
    const web = parsed.MYDIA_DB_POOL + 1 + parsed.MYDIA_JOBS_POOL;
    const worker = parsed.MYDIA_DB_POOL + parsed.MYDIA_JOBS_POOL;
    expect(2 * web + 2 * worker + 1).toBeLessThanOrEqual(97);
  });
});
