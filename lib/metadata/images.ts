import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { ValidationError } from "@/lib/errors";
import { createHttpClient, type HttpClient } from "@/lib/http";
import { logger } from "@/lib/logger";
import { imageFilePattern, imageWidths, type ImageWidth } from "./image-url";
import { imageBaseUrl } from "./metadata.service";

/**
 * Posters, backdrops and stills are kept under DATA_DIR/images: the original once, and each width
 * asked for as WebP, so the library keeps working when TMDB is out of reach.
 */
const inFlight = new Map<string, Promise<string>>();
let http: HttpClient | undefined;

const imagesDir = () => path.join(getConfig().dataDir, "images");

function checkFile(file: string): string {
  const name = file.replace(/^\//, "");
  if (!imageFilePattern.test(name)) throw new ValidationError("Not an image name");
  return name;
}

async function writeAtomically(target: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, data);
  await rename(temp, target);
}

function once(key: string, work: () => Promise<string>): Promise<string> {
  const running = inFlight.get(key);
  if (running) return running;
  const promise = work().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

/** The original file on disk, fetched from TMDB's image server the first time. */
export function cacheOriginal(file: string): Promise<string> {
  const name = checkFile(file);
  const target = path.join(imagesDir(), "original", name);
  if (existsSync(target)) return Promise.resolve(target);
  return once(target, async () => {
    http ??= createHttpClient({ service: "TMDB images", timeoutMs: 20_000 });
    const url = `${imageBaseUrl()}/original/${name}`;
    const body = await http.call(url, (k) => k.get(url, { headers: { accept: "image/*" } }).arrayBuffer());
    await writeAtomically(target, Buffer.from(body));
    return target;
  });
}

export function isImageWidth(value: number): value is ImageWidth {
  return (imageWidths as readonly number[]).includes(value);
}

/** The image at one of the fixed widths, as WebP (never enlarged). */
export async function resizedImage(file: string, width: ImageWidth): Promise<Buffer> {
  const name = checkFile(file);
  const target = path.join(imagesDir(), `w${width}`, name.replace(/\.\w+$/, ".webp"));
  if (existsSync(target)) return readFile(target);
  await once(target, async () => {
    const original = await cacheOriginal(name);
    // Loaded on first use: libvips adds ~10 MB to every process that imports it, and the worker never resizes.
    const { default: sharp } = await import("sharp");
    const data = await sharp(original).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    await writeAtomically(target, data);
    return target;
  });
  return readFile(target);
}

/** Fetches originals ahead of time (on add and refresh); failures are logged, not thrown. */
export async function prefetchImages(paths: (string | null | undefined)[]): Promise<void> {
  for (const file of paths) {
    if (!file) continue;
    try {
      await cacheOriginal(file);
    } catch (error) {
      logger.warn({ err: error, file }, "could not cache an image");
    }
  }
}
