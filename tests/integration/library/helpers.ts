import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/accounts";

export { admin, reader, useFakeTmdb } from "../catalog/helpers";
export const user: Actor = { kind: "user", userId: "user-id", username: "user", role: "user", via: "session" };

/** A temp folder that is also the only allowed root (LIBRARY_ALLOWED_ROOTS). */
export async function useAllowedRoot(prefix: string, extra: string[] = []): Promise<string> {
  const base = mkdtempSync(path.join(tmpdir(), `mydia-${prefix}-`));
  process.env.LIBRARY_ALLOWED_ROOTS = [base, ...extra].join(",");
  (await import("@/lib/config")).resetConfigForTests();
  return base;
}

/** Creates files (zero-length unless content given) under root. */
export function writeFiles(root: string, files: Record<string, string | Buffer> | string[]): void {
  const entries = Array.isArray(files) ? files.map((f) => [f, ""] as const) : Object.entries(files);
  for (const [relative, content] of entries) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
