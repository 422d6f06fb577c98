import path from "node:path";
import type { Page } from "playwright-core";
import { artifactsDir } from "./chromium";

export const screenshotsDir = path.join(artifactsDir, "screenshots");

/** The sizes every page is looked at: a phone and a desktop. */
export const viewports = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;

/**
 * Screenshots the page as it is now at phone and desktop width, light and dark, into
 * tests/artifacts/screenshots/<name>-<width>-<scheme>.png, and fails if the page is wider than the
 * viewport anywhere (a horizontal scroll on a phone). Restores the desktop viewport and light scheme.
 */
export async function shootAtSizes(
  page: Page,
  name: string,
  options: { fullPage?: boolean; before?: () => Promise<void> } = {},
): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await options.before?.();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > viewport.width)
        throw new Error(`${name} is ${scrollWidth} px wide at a ${viewport.width} px viewport`);
      await page.screenshot({
        path: path.join(screenshotsDir, `${name}-${viewport.width}-${colorScheme}.png`),
        fullPage: options.fullPage ?? true,
      });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(viewports[1]);
}
