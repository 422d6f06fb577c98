import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { can, roles, type Role } from "@/lib/accounts/roles";
import { pages, patternOf, routeHandlers, serverActions } from "../helpers/app-surface";
import { startApp, type RunningApp } from "../helpers/app-server";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { actionRules, pageRules, routeRules } from "./authorization-rules";

/**
 * The permanent authorization matrix (#16): every route handler (each method), page and server
 * action found in app/ is called against the built app as: no identity, and each role by session
 * cookie and by API key. Each answer must follow the rule declared in authorization-rules.ts.
 * Server actions are invoked over HTTP like the browser does (POST with a Next-Action header; the
 * ids come from the build's server-reference manifest).
 */
type Via = "none" | "session" | "api-key";
interface Identity {
  label: string;
  role: Role | null;
  via: Via;
  headers: Record<string, string>;
  key?: string;
}
interface Answer {
  status: number;
  location: string | null;
  text: string;
}
interface Cell {
  kind: "route" | "page" | "action";
  target: string;
  identity: string;
  problem: string | null;
  tooOpen: boolean;
  deniedBy?: "proxy" | "action" | "arguments";
}

const PASSWORD = "matrix password 1";
const MISSING = "matrix-none";

function sample(pattern: string, method = "GET"): string {
  if (pattern === "/api/auth/[...nextauth]") return method === "GET" ? "/api/auth/providers" : "/api/auth/_log";
  return pattern
    .replace("[...path]", "movie/1")
    .replace("[size]", "w342")
    .replace("[file]", `${MISSING}.jpg`)
    .replace(/\[[^\]]+\]/g, MISSING);
}

/** One retry when a pooled keep-alive socket of an earlier app on the same port was closed. */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return fetch(url, init);
  }
}

async function call(url: string, init: RequestInit): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    const response = await fetchOnce(url, { ...init, redirect: "manual", signal: controller.signal });
    const type = response.headers.get("content-type") ?? "";
    // Streams (SSE, NDJSON search) never end by themselves: the status is all a cell needs.
    const streaming = type.includes("event-stream") || type.includes("ndjson");
    const text = streaming ? "" : await response.text();
    if (streaming) controller.abort();
    return { status: response.status, location: response.headers.get("location"), text };
  } finally {
    clearTimeout(timer);
  }
}

async function inParallel<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

const toLogin = (a: Answer) => a.status >= 300 && a.status < 400 && (a.location ?? "").includes("/login");

// 502/503 say a peer (TMDB, an indexer) is down here: the identity got through, which is what a cell checks.
const serverError = (a: Answer) => a.status === 500;

function judgeRoute(rule: string, id: Identity, a: Answer): { problem: string | null; tooOpen: boolean } {
  const ok = { problem: null, tooOpen: false };
  if (serverError(a)) return { problem: `server error ${a.status}`, tooOpen: false };
  if (rule === "public") return a.status === 401 || a.status === 403 ? { problem: `${a.status}`, tooOpen: false } : ok;
  if (rule === "feed") {
    if (id.via === "api-key") return a.status === 200 ? ok : { problem: `${a.status}, expected 200`, tooOpen: false };
    return a.status === 400 || a.status === 401
      ? ok
      : { problem: `${a.status}, expected 400/401`, tooOpen: a.status < 300 };
  }
  if (id.via === "none")
    return a.status === 401 ? ok : { problem: `${a.status}, expected 401`, tooOpen: a.status !== 403 };
  if (can(id.role!, rule as never))
    return a.status === 401 || a.status === 403 ? { problem: `${a.status}, expected access`, tooOpen: false } : ok;
  return a.status === 403 ? ok : { problem: `${a.status}, expected 403`, tooOpen: true };
}

function judgePage(rule: string, id: Identity, a: Answer): { problem: string | null; tooOpen: boolean } {
  const ok = { problem: null, tooOpen: false };
  if (serverError(a)) return { problem: `server error ${a.status}`, tooOpen: false };
  if (rule === "public") return a.status === 401 || a.status === 403 ? { problem: `${a.status}`, tooOpen: false } : ok;
  // Pages know sessions only: without one (an API key included) they send the browser to sign in.
  if (id.via !== "session") return toLogin(a) ? ok : { problem: `${a.status}, expected /login`, tooOpen: true };
  if (can(id.role!, rule as never))
    return a.status === 403 || toLogin(a) ? { problem: `${a.status}, expected the page`, tooOpen: false } : ok;
  if (a.status !== 403) return { problem: `${a.status}, expected 403`, tooOpen: true };
  // A forbidden page sends nothing of itself: no React payload, just the short 403 page.
  if (a.text.includes("__next_f") || a.text.length > 4096)
    return { problem: "403 with the page's content", tooOpen: true };
  return ok;
}

/**
 * An action runs only through the page that uses it (Next forwards any other page's POST there),
 * so what a role may do is the action's rule and its page's rule together.
 */
function judgeAction(
  rule: string,
  pageRule: string,
  id: Identity,
  a: Answer,
): { problem: string | null; tooOpen: boolean; deniedBy?: "proxy" | "action" | "arguments" } {
  const code = a.text.match(/"code":"(\w+)"/)?.[1] ?? null;
  const succeeded = a.text.includes('"ok":true');
  if (serverError(a)) return { problem: `server error ${a.status}`, tooOpen: false };
  if (rule === "setup")
    return succeeded ? { problem: "setup ran although users exist", tooOpen: true } : { problem: null, tooOpen: false };
  if (id.via !== "session") {
    if (toLogin(a)) return { problem: null, tooOpen: false, deniedBy: "proxy" };
    if (code === "unauthorized") return { problem: null, tooOpen: false, deniedBy: "action" };
    return { problem: `${a.status} ${code ?? ""}, expected sign-in`, tooOpen: true };
  }
  const pageOpen = pageRule === "public" || can(id.role!, pageRule as never);
  if (can(id.role!, rule as never) && pageOpen) {
    if (a.status !== 200 || code === "forbidden" || code === "unauthorized")
      return { problem: `${a.status} ${code ?? ""}, expected access`, tooOpen: false };
    return { problem: null, tooOpen: false };
  }
  if (a.status === 403) return { problem: null, tooOpen: false, deniedBy: "proxy" };
  if (code === "forbidden") return { problem: null, tooOpen: false, deniedBy: "action" };
  // Actions check their arguments with zod before anything runs: the probe's placeholder arguments
  // are refused there, and nothing of the action ran for this identity either.
  if (code === "validation_failed" && !succeeded) return { problem: null, tooOpen: false, deniedBy: "arguments" };
  return { problem: `${a.status} ${code ?? (succeeded ? "ok" : "")}, expected forbidden`, tooOpen: true };
}

describe("every route handler, page and server action in app/ has a declared rule", () => {
  const check = (found: string[], declared: string[]) => ({
    undeclared: found.filter((k) => !declared.includes(k)),
    gone: declared.filter((k) => !found.includes(k)),
  });
  it("route handlers (each method)", () => {
    const found = routeHandlers().map((r) => `${r.method} ${r.pattern}`);
    expect(check(found, Object.keys(routeRules))).toEqual({ undeclared: [], gone: [] });
  });
  it("pages", () => {
    expect(
      check(
        pages().map((p) => p.pattern),
        Object.keys(pageRules),
      ),
    ).toEqual({ undeclared: [], gone: [] });
  });
  it("server actions", () => {
    expect(
      check(
        serverActions().map((a) => a.key),
        Object.keys(actionRules),
      ),
    ).toEqual({ undeclared: [], gone: [] });
  });
});

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** Server action ids of the build, by app/…/file.ts#exportName, with the page to post them to. */
function actionIds(): Map<string, { id: string; page: string; pattern: string }> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const ids = new Map<string, { id: string; page: string; pattern: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const worker = Object.keys(entry.workers).find((w) => w.endsWith("/page")) ?? Object.keys(entry.workers)[0];
    const pattern = patternOf(`${worker}.tsx`);
    ids.set(`${entry.filename}#${entry.exportedName}`, { id, page: sample(pattern), pattern });
  }
  return ids;
}

describe.each(["sqlite", "pg"] as const)("authorization matrix against the built app on %s", (dialect) => {
  let app: RunningApp;
  let database: TestDatabase | undefined;
  const identities: Identity[] = [{ label: "no identity", role: null, via: "none", headers: {} }];

  function cli(args: string[]): string {
    const result = spawnSync(process.execPath, ["dist/bin/mydia.mjs", ...args], {
      env: {
        ...process.env,
        DATABASE_URL: database?.url ?? `file:${app.dataDir}/mydia.db`,
        DATA_DIR: app.dataDir,
        LOG_LEVEL: "warn",
      },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`mydia ${args.join(" ")} failed: ${result.stderr}`);
    return result.stdout.trim();
  }

  async function signIn(username: string): Promise<string> {
    const csrf = await fetchOnce(`${app.baseUrl}/api/auth/csrf`, {});
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
    const response = await fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
      body: new URLSearchParams({ csrfToken, username, password: PASSWORD, json: "true" }),
    });
    const session = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.includes("session-token="));
    if (!session) throw new Error(`${username} could not sign in (${response.status})`);
    return session;
  }

  beforeAll(async () => {
    database = dialect === "pg" ? await createTestDatabase("pg", inject("postgresUrl")) : undefined;
    app = await startApp({ databaseUrl: database?.url });
    for (const role of roles) {
      const username = `matrix-${role}`;
      cli(["user", "create", "--username", username, "--password", PASSWORD, "--role", role]);
      const key = cli(["apikey", "create", "--user", username, "--name", "matrix"]).split("\n").pop()!;
      identities.push({
        label: `${role} by session`,
        role,
        via: "session",
        headers: { cookie: await signIn(username) },
      });
      identities.push({ label: `${role} by API key`, role, via: "api-key", headers: { "x-api-key": key }, key });
    }
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("answers every cell as the rules say: none wrong, none too open", async () => {
    const cells: Cell[] = [];
    const ids = actionIds();
    type Job = () => Promise<void>;
    const jobs: Job[] = [];

    for (const route of routeHandlers()) {
      const rule = routeRules[`${route.method} ${route.pattern}`];
      for (const id of identities) {
        jobs.push(async () => {
          let url = `${app.baseUrl}${sample(route.pattern, route.method)}`;
          if (rule === "feed" && id.key) url += `?apikey=${encodeURIComponent(id.key)}`;
          const hasBody = !["GET", "HEAD", "DELETE"].includes(route.method);
          const answer = await call(url, {
            method: route.method,
            headers: { ...id.headers, ...(hasBody ? { "content-type": "application/json" } : {}) },
            body: hasBody ? "{}" : undefined,
          });
          const target = `${route.method} ${route.pattern}`;
          cells.push({ kind: "route", target, identity: id.label, ...judgeRoute(rule, id, answer) });
        });
      }
    }
    for (const page of pages()) {
      const rule = pageRules[page.pattern];
      for (const id of identities) {
        jobs.push(async () => {
          const answer = await call(`${app.baseUrl}${sample(page.pattern)}`, { headers: id.headers });
          cells.push({ kind: "page", target: page.pattern, identity: id.label, ...judgePage(rule, id, answer) });
        });
      }
    }
    const missingIds = serverActions().filter((a) => !ids.has(a.key));
    for (const action of serverActions()) {
      const built = ids.get(action.key);
      if (!built) continue;
      for (const id of identities) {
        jobs.push(async () => {
          const answer = await call(`${app.baseUrl}${built.page}`, {
            method: "POST",
            headers: {
              ...id.headers,
              "next-action": built.id,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
              origin: app.baseUrl,
            },
            body: "[]",
          });
          cells.push({
            kind: "action",
            target: action.key,
            identity: id.label,
            ...judgeAction(actionRules[action.key], pageRules[built.pattern], id, answer),
          });
        });
      }
    }

    const started = performance.now();
    await inParallel(jobs, 4, (job) => job());
    const seconds = (performance.now() - started) / 1000;
    const wrong = cells.filter((c) => c.problem);
    const tooOpen = wrong.filter((c) => c.tooOpen);
    const count = (kind: Cell["kind"]) => cells.filter((c) => c.kind === kind).length;
    const byAction = cells.filter((c) => c.deniedBy === "action").length;
    const byArguments = cells.filter((c) => c.deniedBy === "arguments").length;
    console.log(
      `authorization matrix on ${dialect}: ${cells.length} cells (${count("route")} route, ${count("page")} page, ` +
        `${count("action")} action; ${identities.length} identities) in ${seconds.toFixed(0)} s: ` +
        `${wrong.length} wrong, ${tooOpen.length} too open; ${byAction} action cells denied by the action's own ` +
        `check, ${byArguments} refused at its argument check before anything ran`,
    );
    expect(missingIds.map((a) => a.key)).toEqual([]);
    expect(wrong.map((c) => `${c.kind} ${c.target} as ${c.identity}: ${c.problem}`)).toEqual([]);
  });
});
