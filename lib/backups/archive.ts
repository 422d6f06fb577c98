import { createHash } from "node:crypto";
import { chmodSync, createReadStream, renameSync, rmSync } from "node:fs";
import * as tar from "tar";
import { ValidationError } from "@/lib/errors";
import { MANIFEST_NAME, manifestSchema, type BackupManifest } from "./manifest";

export class BackupFileError extends ValidationError {
  constructor(file: string, reason: string) {
    super(`${file} is not a usable Mydia backup: ${reason}`);
  }
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Writes the staged entries (manifest first) as a gzipped tar, 0600, under its final name only once complete. */
export async function writeArchive(target: string, stageDir: string, names: string[]): Promise<void> {
  const partial = `${target}.partial`;
  try {
    await tar.c({ gzip: true, file: partial, cwd: stageDir, portable: true }, [MANIFEST_NAME, ...names]);
    chmodSync(partial, 0o600);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Reads only the manifest (the first entry), without inflating the rest of the archive. */
export function readManifest(file: string): Promise<BackupManifest> {
  const label = file.split("/").pop() ?? file;
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    const parser = new tar.Parser({ strict: true });
    let settled = false;
    const finish = (error: Error | null, manifest?: BackupManifest) => {
      if (settled) return;
      settled = true;
      stream.destroy();
      if (error) reject(error);
      else resolve(manifest!);
    };
    parser.on("entry", (entry: tar.ReadEntry) => {
      if (entry.path !== MANIFEST_NAME) {
        finish(new BackupFileError(label, "its first entry is not manifest.json"));
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on("data", (c: Buffer) => chunks.push(c));
      entry.on("end", () => {
        try {
          const parsed = manifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
          if (!parsed.success) finish(new BackupFileError(label, "its manifest is not one Mydia writes"));
          else finish(null, parsed.data);
        } catch {
          finish(new BackupFileError(label, "its manifest is not JSON"));
        }
      });
    });
    parser.on("error", () => finish(new BackupFileError(label, "it is not a gzipped tar archive, or it is damaged")));
    parser.on("warn", (_code: string, message: string) =>
      finish(new BackupFileError(label, `it is not a gzipped tar archive, or it is damaged (${message})`)),
    );
    parser.on("end", () => finish(new BackupFileError(label, "it holds no manifest")));
    stream.on("error", (error) => finish(error));
    stream.pipe(parser);
  });
}

/**
 * Extracts every entry into `dir` and checks each against the manifest's size and checksum: a
 * damaged or foreign archive is refused here, before anything is touched.
 */
export async function extractArchive(file: string, dir: string): Promise<BackupManifest> {
  const label = file.split("/").pop() ?? file;
  const manifest = await readManifest(file);
  const expected = new Set([MANIFEST_NAME, ...Object.keys(manifest.files)]);
  const seen: string[] = [];
  try {
    await tar.x({
      file,
      cwd: dir,
      strict: true,
      filter: (entryPath) => {
        seen.push(entryPath);
        return expected.has(entryPath) && !entryPath.includes("/");
      },
    });
  } catch (error) {
    throw new BackupFileError(label, `it is damaged (${(error as Error).message})`);
  }
  const unexpected = seen.filter((name) => !expected.has(name));
  if (unexpected.length) throw new BackupFileError(label, `it holds unexpected entries (${unexpected.join(", ")})`);
  for (const [name, { sha256 }] of Object.entries(manifest.files)) {
    if (!seen.includes(name)) throw new BackupFileError(label, `${name} is missing`);
    if ((await sha256Of(`${dir}/${name}`)) !== sha256)
      throw new BackupFileError(label, `${name} does not match its checksum (the file is damaged)`);
  }
  return manifest;
}
