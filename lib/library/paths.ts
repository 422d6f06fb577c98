import { realpathSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { ValidationError } from "@/lib/errors";

/** Folders a library may live in and the folder picker may browse (LIBRARY_ALLOWED_ROOTS). */
export function allowedRoots(): string[] {
  const configured = getConfig().LIBRARY_ALLOWED_ROOTS;
  const list = configured ? configured.split(",") : [homedir(), "/media", "/mnt", "/data", "/srv"];
  return [
    ...new Set(
      list
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
        .map((p) => stripTrailingSlash(path.resolve(p))),
    ),
  ];
}

export function stripTrailingSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}

/** True when child is parent or lies inside it (purely lexical; resolve symlinks first where it matters). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The real path of p, or of its nearest existing ancestor joined with the rest (for paths about to be created). */
export function realPathOf(p: string): string {
  const missing: string[] = [];
  let current = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** Throws unless target (after resolving symlinks) lies inside one of the roots. */
export function assertInsideRoots(target: string, roots: string[], what = "path"): void {
  const real = realPathOf(target);
  if (!roots.some((root) => isInside(realPathOf(root), real))) {
    throw new ValidationError(`The ${what} ${target} is outside the allowed folders (${roots.join(", ")})`, {
      fields: { path: "Outside the allowed folders" },
    });
  }
}

/** A library-relative path from a stored value: no absolute paths, no `..`, no empty parts. */
export function safeRelativePath(relative: string): string {
  const parts = relative.split("/");
  if (path.isAbsolute(relative) || parts.some((p) => p === "" || p === "." || p === "..") || relative.includes("\0")) {
    throw new ValidationError(`Not a path inside the library: ${JSON.stringify(relative)}`);
  }
  return relative;
}

/**
 * Absolute path of a library-relative path, refusing anything that would leave the root: by `..`
 * or through a symbolic link whose real target lies outside the root's real path.
 */
export function resolveInLibrary(root: string, relative: string): string {
  const absolute = path.join(root, safeRelativePath(relative));
  if (!isInside(root, absolute) || !isInside(realPathOf(root), realPathOf(absolute)))
    throw new ValidationError(`Not a path inside the library: ${JSON.stringify(relative)}`);
  return absolute;
}

const MAX_COMPONENT_BYTES = 240;

/** Cuts a string to at most maxBytes of UTF-8 without splitting a character. */
export function truncateBytes(value: string, maxBytes: number): string {
  if (Buffer.byteLength(value) <= maxBytes) return value;
  let out = "";
  let bytes = 0;
  for (const ch of value) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/**
 * Makes one path component safe to create on any filesystem a library may live on (ext4, ZFS,
 * SMB/NTFS shares): no separators, no control characters, no characters Windows shares refuse,
 * no leading/trailing dots or spaces, never "." or "..", at most 240 bytes (the extension kept).
 */
export function sanitizeComponent(name: string, extension = ""): string {
  let cleaned = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    // Peer titles reach file names: direction marks and C1 controls go (e.g. U+202E reverses what a name shows).
    .replace(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g, "")
    .replace(/[/\\]+/g, "+")
    .replace(/"/g, "'")
    .replace(/[<>|?*]/g, "")
    .replace(/:/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (cleaned === "" || cleaned === "." || cleaned === "..") cleaned = "_";
  const ext = extension ? `.${extension.replace(/[^A-Za-z0-9]/g, "").slice(0, 10)}` : "";
  const base = truncateBytes(cleaned, MAX_COMPONENT_BYTES - Buffer.byteLength(ext)).replace(/[.\s]+$/, "") || "_";
  return base + ext;
}

/** The extension of a file name, lower-case, without the dot ("" when none). */
export function extensionOf(file: string): string {
  const ext = path.extname(file);
  return ext.length > 1 ? ext.slice(1).toLowerCase() : "";
}

/** The quality a name states; null when the parser only guessed it from the file extension. */
export function statedQuality(quality: { name: string; sourceFrom: string; resolutionFrom: string }): string | null {
  if (quality.name === "Unknown") return null;
  if (quality.sourceFrom !== "name" && quality.resolutionFrom !== "name") return null;
  return quality.name;
}
