import { z } from "zod";

export const backupKinds = ["scheduled", "manual", "pre-migration", "pre-restore"] as const;
export type BackupKind = (typeof backupKinds)[number];

/** How the database is held: a SQLite file copy, a pg_dump archive, or JSON lines per table (no pg_dump). */
export const backupMethods = ["sqlite-file", "pg-dump", "logical"] as const;
export type BackupMethod = (typeof backupMethods)[number];

export const MANIFEST_NAME = "manifest.json";
export const SECRET_NAME = "auth-secret";
export const SQLITE_NAME = "database.sqlite";
export const PG_DUMP_NAME = "database.pgdump";
export const tableFileName = (table: string) => `table-${table}.jsonl`;

/** The first entry of every backup archive: what it holds, and a checksum of each other entry. */
export const manifestSchema = z.object({
  format: z.literal("mydia-backup"),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  kind: z.enum(backupKinds),
  dialect: z.enum(["sqlite", "pg"]),
  method: z.enum(backupMethods),
  appVersion: z.string(),
  schema: z.object({
    migrations: z.number().int().min(0),
    latest: z.string().nullable(),
    hashes: z.array(z.string()),
  }),
  /** Row counts per table at the moment of the backup (the SQLite copy or the logical export's snapshot). */
  tables: z.record(z.string(), z.number().int().min(0)).optional(),
  files: z.record(z.string(), z.object({ bytes: z.number().int().min(0), sha256: z.string().length(64) })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
