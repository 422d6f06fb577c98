import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { Command, Option } from "commander";
import { parse, toParseSummary, type ReleaseHints } from "@/lib/release";

export interface ParseStreamOptions {
  hintKind?: "movie" | "tv";
}

/** Reads release names one per line and writes one JSON summary per line. */
export async function parseStream(
  input: Readable,
  output: Writable,
  options: ParseStreamOptions = {},
): Promise<number> {
  const hints: ReleaseHints = options.hintKind ? { kind: options.hintKind } : {};
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    const ok = output.write(`${JSON.stringify(toParseSummary(parse(line, hints)))}\n`);
    count++;
    if (!ok) await new Promise<void>((resolve) => output.once("drain", () => resolve()));
  }
  return count;
}

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("Parse release names from stdin (one per line) and print one JSON object per line")
    .addOption(new Option("--hint-kind <kind>", "expected kind of every name").choices(["movie", "tv"]))
    .action(async (opts: { hintKind?: "movie" | "tv" }) => {
      await parseStream(process.stdin, process.stdout, { hintKind: opts.hintKind });
    });
}
