import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Keep Chromium off the network: no component updates, no sync, no background requests.
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
];

function assertChromium(): void {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium package (apt-get install chromium).`,
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath, args, headless: true });
}

/** A persistent (non-incognito) profile: needed for service workers and the install check. */
export async function launchPersistentChromium(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  assertChromium();
  const profile = mkdtempSync(path.join(tmpdir(), "mydia-chromium-"));
  return chromium.launchPersistentContext(profile, { executablePath, args, headless: true, viewport });
}

export const artifactsDir = path.resolve("tests/artifacts");
