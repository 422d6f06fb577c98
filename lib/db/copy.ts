import { createHash } from "node:crypto";
import { asc, getTableColumns, gt, sql, type Column } from "drizzle-orm";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { ValidationError } from "@/lib/errors";
import { openDatabase, type DbHandle } from "./client";
import { dialectOf } from "./dialect";
import { migrate } from "./migrate";
import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema.sqlite";

/** One table's copy: rows read, rows written, and each side's checksum (they must be equal). */
export interface TableCopy {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

interface TablePair {
  name: string;
  source: SQLiteTable;
  target: PgTable;
  primaryKey: string[];
  references: string[];
}

const BATCH_ROWS = 2_000;
// PostgreSQL takes at most 65,535 bound parameters per statement.
const MAX_PARAMETERS = 60_000;

/** The tables both dialects have (the SQLite job queue's own tables move through lib/jobs), in foreign-key order. */
function tablePairs(): TablePair[] {
  const pgTables = new Map(
    (Object.entries(pgSchema) as [string, unknown][]).filter(
      (entry): entry is [string, PgTable] => entry[1] instanceof PgTable,
    ),
  );
  const pairs = new Map<string, TablePair>();
  const byName = new Map<SQLiteTable, string>();
  for (const [key, value] of Object.entries(sqliteSchema) as [string, unknown][]) {
    if (!(value instanceof SQLiteTable) || !pgTables.has(key)) continue;
    const config = sqliteConfig(value);
    const keyColumns = config.primaryKeys.length
      ? config.primaryKeys[0].columns.map((c) => c.name)
      : config.columns.filter((c) => c.primary).map((c) => c.name);
    byName.set(value, config.name);
    pairs.set(config.name, {
      name: config.name,
      source: value,
      target: pgTables.get(key)!,
      primaryKey: keyColumns,
      references: [],
    });
  }
  for (const pair of pairs.values())
    pair.references = sqliteConfig(pair.source)
      .foreignKeys.map((fk) => byName.get(fk.reference().foreignTable)!)
      .filter((name) => name && name !== pair.name);
  const ordered: TablePair[] = [];
  const placed = new Set<string>();
  const place = (pair: TablePair) => {
    if (placed.has(pair.name)) return;
    placed.add(pair.name);
    for (const name of pair.references) place(pairs.get(name)!);
    ordered.push(pair);
  };
  for (const pair of pairs.values()) place(pair);
  return ordered;
}

function columnByName(table: SQLiteTable | PgTable, name: string): Column {
  return Object.values(getTableColumns(table)).find((c) => c.name === name)!;
}

/** Rows in primary-key order, a batch at a time: keyset paging on a one-column key, offsets otherwise. */
async function* readRows(handle: DbHandle, table: SQLiteTable | PgTable, primaryKey: string[]) {
  const keys = primaryKey.map((name) => columnByName(table, name));
  const single = keys.length === 1 ? keys[0] : null;
  const singleKey = single ? Object.entries(getTableColumns(table)).find(([, c]) => c === single)![0] : "";
  let last: unknown = undefined;
  let offset = 0;
  for (;;) {
    const base = handle.db.select().from(table as PgTable);
    const filtered = single && last !== undefined ? base.where(gt(single, last)) : base;
    const rows = (await filtered
      .orderBy(...keys.map((k) => asc(k)))
      .limit(BATCH_ROWS)
      .offset(single ? 0 : offset)) as Record<string, unknown>[];
    if (rows.length === 0) return;
    yield rows;
    offset += rows.length;
    if (single) last = rows[rows.length - 1][singleKey];
    if (rows.length < BATCH_ROWS) return;
  }
}

/** A value as both dialects read it back: dates as instants, JSON with sorted keys. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/**
 * An order-independent checksum of a table's rows (the dialects sort text keys differently): each
 * row's canonical JSON is hashed, the row hashes are sorted and hashed together.
 */
async function checksum(handle: DbHandle, table: SQLiteTable | PgTable, primaryKey: string[]) {
  const rowHashes: string[] = [];
  for await (const rows of readRows(handle, table, primaryKey))
    for (const row of rows)
      rowHashes.push(
        createHash("sha256")
          .update(JSON.stringify(canonical(row)))
          .digest("hex"),
      );
  rowHashes.sort();
  const hash = createHash("sha256");
  for (const rowHash of rowHashes) hash.update(rowHash);
  return { rows: rowHashes.length, checksum: hash.digest("hex") };
}

async function countRows(handle: DbHandle, table: SQLiteTable | PgTable): Promise<number> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)` }).from(table as PgTable);
  return Number(row.n);
}

/** Serial ids continue after the copied ones. */
async function advanceSequences(target: Extract<DbHandle, { dialect: "pg" }>, pair: TablePair): Promise<void> {
  for (const column of pgConfig(pair.target).columns) {
    if (!column.columnType.includes("Serial")) continue;
    const table = pgConfig(pair.target).name;
    await target.sql.unsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', '${column.name}'), coalesce(max("${column.name}"), 0) + 1, false) FROM "${table}"`,
    );
  }
}

/**
 * Copies every table of a SQLite database into an empty PostgreSQL database (migrated here first),
 * in one transaction, then verifies row counts and a checksum per table. The source is only read
 * (after its own pending migrations, so both sides have the same schema).
 */
export async function copySqliteToPostgres(options: {
  sqlitePath: string;
  targetUrl: string;
  onProgress?: (progress: CopyProgress) => void;
}): Promise<TableCopy[]> {
  if (dialectOf(options.targetUrl) !== "pg")
    throw new ValidationError("The target must be a PostgreSQL URL (postgres://user:password@host:5432/database)");
  const source = openDatabase({ dialect: "sqlite", sqlitePath: options.sqlitePath, DATABASE_URL: "" });
  const target = openDatabase({ dialect: "pg", sqlitePath: null, DATABASE_URL: options.targetUrl });
  if (target.dialect !== "pg") throw new Error("unreachable: the target opened as SQLite");
  try {
    await migrate(source);
    await migrate(target);
    const pairs = tablePairs();
    for (const pair of pairs) {
      const rows = await countRows(target, pair.target);
      if (rows > 0)
        throw new ValidationError(
          `The target database is not empty (table ${pair.name} has ${rows} rows): copy into a new, empty database`,
        );
    }
    await target.db.transaction(async (t) => {
      for (const pair of pairs) {
        const total = await countRows(source, pair.source);
        const columnCount = Object.keys(getTableColumns(pair.target)).length;
        const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / columnCount));
        let copied = 0;
        for await (const rows of readRows(source, pair.source, pair.primaryKey)) {
          for (let start = 0; start < rows.length; start += perInsert)
            await t.insert(pair.target).values(rows.slice(start, start + perInsert));
          copied += rows.length;
          options.onProgress?.({ table: pair.name, copied, total });
        }
      }
    });
    for (const pair of pairs) await advanceSequences(target, pair);
    const report: TableCopy[] = [];
    for (const pair of pairs) {
      const [from, to] = [
        await checksum(source, pair.source, pair.primaryKey),
        await checksum(target, pair.target, pair.primaryKey),
      ];
      report.push({
        table: pair.name,
        sourceRows: from.rows,
        targetRows: to.rows,
        sourceChecksum: from.checksum,
        targetChecksum: to.checksum,
      });
    }
    return report;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}
