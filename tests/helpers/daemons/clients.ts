import { pbkdf2Sync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import type { DownloadClientConnection, DownloadClientKind } from "@/lib/downloads/clients/types";
import { freePort, removeDir, requireBinary, startProcess, tempDir, waitUntil, type DaemonProcess } from "./process";

/** A real download client started for a test file, on its own ports and config dir. */
export interface StartedDaemon {
  kind: DownloadClientKind;
  connection: DownloadClientConnection;
  dir: string;
  /** Where the client saves (torrents: default save path; usenet: the completed folder). */
  downloadsDir: string;
  startupMs: number;
  daemon: DaemonProcess;
  stop(): Promise<void>;
}

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;

function finish(
  kind: DownloadClientKind,
  connection: DownloadClientConnection,
  dir: string,
  downloadsDir: string,
  daemon: DaemonProcess,
  startupMs: number,
): StartedDaemon {
  return {
    kind,
    connection,
    dir,
    downloadsDir,
    startupMs,
    daemon,
    async stop() {
      await daemon.stop();
      removeDir(dir);
    },
  };
}

// ── Transmission ───────────────────────────────────────────────────────────────────────────────
export async function startTransmission(): Promise<StartedDaemon> {
  const bin = requireBinary("transmission-daemon");
  const dir = tempDir("transmission");
  const config = path.join(dir, "config");
  const downloads = path.join(dir, "downloads");
  mkdirSync(config);
  mkdirSync(downloads);
  const [port, peerPort] = [await freePort(), await freePort()];
  const [user, pass] = ["tuser", "tpass-secret"];
  const daemon = startProcess(
    bin,
    [
      "-f",
      "-g",
      config,
      "-r",
      "127.0.0.1",
      "-p",
      String(port),
      "-a",
      "127.0.0.1",
      "-t",
      "-u",
      user,
      "-v",
      pass,
      "-w",
      downloads,
      "--no-incomplete-dir",
      "-P",
      String(peerPort),
      "-i",
      "127.0.0.1",
      "-I",
      "::1",
      "-M",
      "-O",
      "-Y",
      "--no-utp",
      "--log-error",
    ],
    { cwd: dir },
  );
  // Probe WITH credentials: ~100 unauthenticated requests lock Transmission's RPC until restart.
  const startupMs = await waitUntil("transmission-daemon", daemon, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/transmission/rpc`, {
      method: "POST",
      headers: { authorization: basic(user, pass) },
    });
    return response.status === 409;
  });
  const connection = {
    host: "127.0.0.1",
    port,
    useTls: false,
    urlBase: "",
    username: user,
    password: pass,
    apiKey: null,
  };
  return finish("transmission", connection, dir, downloads, daemon, startupMs);
}

// ── qBittorrent ────────────────────────────────────────────────────────────────────────────────
export async function startQbittorrent(): Promise<StartedDaemon> {
  const bin = requireBinary("qbittorrent-nox");
  const dir = tempDir("qbittorrent");
  const downloads = path.join(dir, "downloads");
  mkdirSync(path.join(dir, "qBittorrent", "config"), { recursive: true });
  mkdirSync(downloads);
  const [port, peerPort] = [await freePort(), await freePort()];
  const [user, pass] = ["quser", "qbpass-secret"];
  const salt = randomBytes(16);
  const key = pbkdf2Sync(pass, salt, 100_000, 64, "sha512");
  writeFileSync(
    path.join(dir, "qBittorrent", "config", "qBittorrent.conf"),
    [
      "[LegalNotice]",
      "Accepted=true",
      "",
      "[BitTorrent]",
      `Session\\Port=${peerPort}`,
      "Session\\InterfaceAddress=127.0.0.1",
      `Session\\DefaultSavePath=${downloads}`,
      "Session\\TempPathEnabled=false",
      "Session\\DHTEnabled=false",
      "Session\\PeXEnabled=false",
      "Session\\LSDEnabled=false",
      "Session\\QueueingSystemEnabled=false",
      "",
      "[Preferences]",
      "Connection\\UPnP=false",
      "WebUI\\Address=127.0.0.1",
      `WebUI\\Port=${port}`,
      `WebUI\\Username=${user}`,
      `WebUI\\Password_PBKDF2="@ByteArray(${salt.toString("base64")}:${key.toString("base64")})"`,
      "WebUI\\LocalHostAuth=true",
      "WebUI\\MaxAuthenticationFailCount=0",
      "WebUI\\UseUPnP=false",
      "WebUI\\CSRFProtection=true",
      "",
    ].join("\n"),
  );
  const daemon = startProcess(bin, [`--profile=${dir}`], { cwd: dir });
  const startupMs = await waitUntil("qbittorrent-nox", daemon, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v2/auth/login`, {
      method: "POST",
      body: new URLSearchParams({ username: user, password: pass }),
    });
    return response.ok && (await response.text()) === "Ok.";
  });
  const connection = {
    host: "127.0.0.1",
    port,
    useTls: false,
    urlBase: "",
    username: user,
    password: pass,
    apiKey: null,
  };
  return finish("qbittorrent", connection, dir, downloads, daemon, startupMs);
}

// ── fake NNTP server (project tool, stdlib Python) ─────────────────────────────────────────────
export interface FakeNntp {
  port: number;
  /** NZB for the served files: downloads complete. */
  nzbPath: string;
  /** The same NZB with message ids the server does not know: downloads fail. */
  missingNzbPath: string;
  stop(): Promise<void>;
}

export async function startFakeNntp(files: string[]): Promise<FakeNntp> {
  const python = requireBinary("python3");
  const dir = tempDir("nntp");
  const port = await freePort();
  const nzbPath = path.join(dir, "release.nzb");
  const daemon = startProcess(
    python,
    [path.join(import.meta.dirname, "fake_nntp.py"), String(port), nzbPath, ...files],
    { cwd: dir },
  );
  await waitUntil(
    "fake NNTP server",
    daemon,
    async () =>
      existsSync(nzbPath) &&
      new Promise<boolean>((resolve) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.end();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      }),
  );
  const missingNzbPath = path.join(dir, "missing.nzb");
  // One unknown article per file: SABnzbd 3.7 sometimes waits ~40 s (its try-list timer) before failing a job
  // whose later articles were queued behind missing ones; with a single article it fails at once.
  const missing = readFileSync(nzbPath, "utf8")
    .split("\n")
    .filter((line) => !/<segment [^>]*number="(?!1")\d+"/.test(line))
    .join("\n")
    .replaceAll("@fake.nntp</segment>", "@missing.invalid</segment>");
  writeFileSync(missingNzbPath, missing);
  return {
    port,
    nzbPath,
    missingNzbPath,
    async stop() {
      await daemon.stop();
      removeDir(dir);
    },
  };
}

// ── NZBGet ─────────────────────────────────────────────────────────────────────────────────────
export async function startNzbget(
  nntpPort: number,
  categories: string[] = ["mydia-movies", "mydia-tv"],
): Promise<StartedDaemon> {
  const bin = requireBinary("nzbget");
  const dir = tempDir("nzbget");
  const port = await freePort();
  const [user, pass] = ["nzbuser", "nzbpass-secret"];
  const conf = path.join(dir, "nzbget.conf");
  writeFileSync(
    conf,
    [
      `MainDir=${dir}`,
      "DestDir=${MainDir}/complete",
      "InterDir=${MainDir}/intermediate",
      "NzbDir=${MainDir}/nzb",
      "QueueDir=${MainDir}/queue",
      "TempDir=${MainDir}/tmp",
      "ScriptDir=${MainDir}/scripts",
      "LockFile=${MainDir}/nzbget.lock",
      "LogFile=${MainDir}/nzbget.log",
      "WebDir=/usr/share/nzbget/webui",
      "ConfigTemplate=/usr/share/nzbget/webui/nzbget.conf",
      "ControlIP=127.0.0.1",
      `ControlPort=${port}`,
      `ControlUsername=${user}`,
      `ControlPassword=${pass}`,
      "RestrictedUsername=",
      "AddUsername=",
      "UpdateCheck=none",
      "OutputMode=log",
      "Server1.Active=yes",
      "Server1.Name=fake",
      "Server1.Host=127.0.0.1",
      `Server1.Port=${nntpPort}`,
      "Server1.Connections=4",
      "Server1.Encryption=no",
      ...categories.map((name, i) => `Category${i + 1}.Name=${name}`),
      "AppendCategoryDir=yes",
      "DupeCheck=no",
      "ArticleRetries=0",
      "ArticleTimeout=5",
      "DiskSpace=0",
      "ParCheck=auto",
      "Unpack=no",
      "HealthCheck=delete",
      "",
    ].join("\n"),
  );
  const daemon = startProcess(bin, ["-s", "-c", conf], { cwd: dir });
  const startupMs = await waitUntil("nzbget", daemon, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/jsonrpc`, {
      method: "POST",
      headers: { authorization: basic(user, pass) },
      body: JSON.stringify({ method: "version" }),
    });
    return response.ok;
  });
  const connection = {
    host: "127.0.0.1",
    port,
    useTls: false,
    urlBase: "",
    username: user,
    password: pass,
    apiKey: null,
  };
  return finish("nzbget", connection, dir, path.join(dir, "complete"), daemon, startupMs);
}

// ── SABnzbd ────────────────────────────────────────────────────────────────────────────────────
export async function startSabnzbd(
  nntpPort: number,
  categories: string[] = ["mydia-movies", "mydia-tv"],
): Promise<StartedDaemon> {
  const bin = requireBinary("sabnzbdplus");
  const dir = tempDir("sabnzbd");
  const port = await freePort();
  const apiKey = randomBytes(16).toString("hex");
  const ini = path.join(dir, "sabnzbd.ini");
  // connections >= articles of a test NZB: SABnzbd 3.7 parks the rest of a file's articles on a server once
  // some were missing there (its try lists), so a failing job would otherwise hang instead of failing.
  writeFileSync(
    ini,
    [
      "__version__ = 19",
      "__encoding__ = utf-8",
      "[misc]",
      "host = 127.0.0.1",
      `port = ${port}`,
      `api_key = ${apiKey}`,
      `nzb_key = ${randomBytes(16).toString("hex")}`,
      `download_dir = ${dir}/incomplete`,
      `complete_dir = ${dir}/complete`,
      `admin_dir = ${dir}/admin`,
      `log_dir = ${dir}/logs`,
      "auto_browser = 0",
      "check_new_rel = 0",
      "host_whitelist = 127.0.0.1, localhost",
      "local_ranges = ,",
      "inet_exposure = 4",
      "enable_unrar = 0",
      "enable_7zip = 0",
      "enable_par_cleanup = 1",
      "ignore_samples = 0",
      "pre_check = 0",
      "max_art_tries = 1",
      "language = en",
      "notified_new_skin = 2",
      "direct_unpack = 0",
      "no_dupes = 0",
      "no_series_dupes = 0",
      "[servers]",
      "[[fake]]",
      "name = fake",
      "displayname = fake",
      "host = 127.0.0.1",
      `port = ${nntpPort}`,
      "timeout = 10",
      'username = ""',
      'password = ""',
      "connections = 8",
      "ssl = 0",
      "enable = 1",
      "optional = 0",
      "retention = 0",
      "[categories]",
      "[[*]]",
      "name = *",
      "order = 0",
      "pp = 3",
      "script = None",
      'dir = ""',
      "priority = 0",
      ...categories.flatMap((name, i) => [
        `[[${name}]]`,
        `name = ${name}`,
        `order = ${i + 1}`,
        'pp = ""',
        "script = Default",
        `dir = ${name}`,
        "priority = -100",
      ]),
      "",
    ].join("\n"),
  );
  const daemon = startProcess(bin, ["-f", ini, "-b", "0", "--disable-file-log", "-s", `127.0.0.1:${port}`], {
    cwd: dir,
  });
  const startupMs = await waitUntil(
    "sabnzbdplus",
    daemon,
    async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api?mode=queue&output=json&apikey=${apiKey}`);
      return response.ok && (await response.text()).includes('"queue"');
    },
    30_000,
  );
  const connection = { host: "127.0.0.1", port, useTls: false, urlBase: "", username: null, password: null, apiKey };
  return finish("sabnzbd", connection, dir, path.join(dir, "complete"), daemon, startupMs);
}

/** The fields of a download-client record that point Mydia at this daemon. */
export function clientRecordOf(
  daemon: StartedDaemon,
  name = daemon.kind === "transmission" ? "Transmission" : daemon.kind,
) {
  const { host, port, username, password, apiKey } = daemon.connection;
  return {
    kind: daemon.kind,
    name,
    host,
    port,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    ...(apiKey ? { apiKey } : {}),
  };
}
