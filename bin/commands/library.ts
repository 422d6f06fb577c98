import path from "node:path";
import type { Command } from "commander";
import { systemActor } from "@/lib/accounts";
import { closeDb } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { listLibraries, scanLibrary, type ScanProgress } from "@/lib/library";

/** `mydia library scan <libraryId|path>`: scans in the foreground, with a progress line, and prints the summary. */
export function registerLibraryCommand(program: Command): void {
  const library = program.command("library").description("Libraries: scan folders of movies and series");
  library
    .command("scan")
    .argument("<library>", "library id or its folder")
    .option("--no-metadata", "do not search metadata for titles missing from the catalog")
    .option("--json", "print the summary as JSON")
    .description("Scan a library now and print the summary (media analysis runs later in the worker)")
    .action(async (target: string, opts: { metadata: boolean; json?: boolean }) => {
      try {
        const all = await listLibraries(systemActor);
        const resolved = path.isAbsolute(target) ? path.resolve(target) : target;
        const match = all.find((l) => l.id === target || l.path === resolved);
        if (!match)
          throw new ValidationError(
            `No library with id or folder "${target}" (libraries: ${all.map((l) => `${l.name} ${l.path} [${l.id}]`).join(", ") || "none"})`,
          );
        const tty = process.stderr.isTTY;
        const onProgress = (p: ScanProgress) => {
          if (tty && !p.done)
            process.stderr.write(
              `\r${p.seen} files, ${p.matched} matched, ${p.unmatched} unmatched, ${p.perSecond}/s   `,
            );
        };
        const result = await scanLibrary(match.id, { metadataSearch: opts.metadata, onProgress });
        if (tty) process.stderr.write("\n");
        const { toAnalyze, ...summary } = result;
        if (opts.json) {
          console.log(JSON.stringify({ ...summary, toAnalyze: toAnalyze.length }, null, 2));
        } else {
          console.log(`${match.name} (${match.path}) scanned in ${(summary.durationMs / 1000).toFixed(2)} s`);
          console.log(
            `  files:     ${summary.seen} seen, ${summary.unchanged} unchanged, ${summary.added} new, ${summary.changed} changed`,
          );
          console.log(`  videos:    ${summary.matched} matched, ${summary.unmatched} unmatched`);
          console.log(`  missing:   ${summary.missing} newly missing, ${summary.reappeared} back`);
          for (const e of summary.errors.slice(0, 20)) console.log(`  problem:   ${e.path}: ${e.message}`);
          if (summary.errors.length > 20) console.log(`  … and ${summary.errors.length - 20} more problems`);
        }
      } finally {
        await closeDb();
      }
    });
}
