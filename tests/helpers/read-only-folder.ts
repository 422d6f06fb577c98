import { execFileSync } from "node:child_process";
import { chmodSync } from "node:fs";

/**
 * Makes dir read-only for this process: as root (which ignores file modes) a read-only tmpfs is
 * mounted over it; otherwise its mode becomes 0555. Returns the undo, or null when neither works.
 */
export function makeReadOnly(dir: string): (() => void) | null {
  if (process.getuid?.() === 0) {
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", dir], { stdio: "ignore" });
      return () => execFileSync("umount", [dir], { stdio: "ignore" });
    } catch {
      return null;
    }
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}
