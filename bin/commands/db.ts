import type { Command } from "commander";
import { getConfig } from "@/lib/config";
import { copySqliteToPostgres, type TableCopy } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { copyQueuedJobsToPostgres } from "@/lib/jobs";

function renderReport(report: TableCopy[]): string {
  const rows = report.map((r) => [
    r.table,
    String(r.sourceRows),
    String(r.targetRows),
    r.sourceChecksum.slice(0, 16),
    r.sourceRows === r.targetRows && r.sourceChecksum === r.targetChecksum ? "ok" : "DIFFERENT",
  ]);
  const all = [["TABLE", "SQLITE ROWS", "POSTGRES ROWS", "CHECKSUM", "RESULT"], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** `mydia db copy --to postgres://…`: moves this install's SQLite database to an empty PostgreSQL database. */
export function registerDbCommand(program: Command): void {
  const database = program.command("db").description("The database: move from SQLite to PostgreSQL");
  database
    .command("copy")
    .requiredOption("--to <url>", "the empty PostgreSQL database, postgres://user:password@host:5432/name")
    .option("--json", "print the per-table report as JSON")
    .description(
      "Copy every table of this install's SQLite database (catalog, files, history, settings, users, secrets, queued jobs and schedules) to an empty PostgreSQL database and verify rows and checksums per table",
    )
    .action(async (opts: { to: string; json?: boolean }) => {
      const config = getConfig();
      if (config.dialect !== "sqlite" || !config.sqlitePath)
        throw new ValidationError(
          "db copy reads this install's SQLite database, but DATABASE_URL is not a SQLite file",
        );
      const tty = process.stderr.isTTY;
      const report = await copySqliteToPostgres({
        sqlitePath: config.sqlitePath,
        targetUrl: opts.to,
        onProgress: (p) => {
          if (tty) process.stderr.write(`\r${p.table}: ${p.copied}/${p.total} rows   `);
        },
      });
      if (tty) process.stderr.write("\n");
      const jobs = await copyQueuedJobsToPostgres(config.sqlitePath, opts.to);
      const different = report.filter((r) => r.sourceRows !== r.targetRows || r.sourceChecksum !== r.targetChecksum);
      if (opts.json) console.log(JSON.stringify({ tables: report, jobs }, null, 2));
      else {
        console.log(renderReport(report));
        console.log(`queued jobs moved: ${jobs.jobs}; schedules: ${jobs.schedules}`);
      }
      if (different.length > 0)
        throw new ValidationError(`The copy differs in ${different.map((r) => r.table).join(", ")}: do not switch`);
      if (!opts.json)
        console.log(
          `Copied ${report.length} tables, all verified. Start Mydia with DATABASE_URL=${opts.to.replace(/\/\/[^@/]*@/, "//…@")} (the same DATA_DIR: it holds the secret key).`,
        );
    });
}
