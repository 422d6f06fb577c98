import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pg from "@/lib/db/schema.pg";
import * as sqlite from "@/lib/db/schema.sqlite";

// Tables only SQLite has: the job queue behind lib/jobs' SQLite adapter (pg-boss keeps its own schema).
const sqliteOnly = new Set(["jobs", "jobSchedules"]);

/** The JS shape a column reads as, which is what app code sees on either dialect. */
function jsShape(column: { dataType: string; columnType: string }): string {
  if (column.columnType === "PgBigSerial53" || column.columnType === "PgBigInt53") return "number";
  if (column.dataType === "custom") return column.columnType;
  return column.dataType; // string, number, boolean, date, json
}

function describeColumns(
  columns: {
    name: string;
    dataType: string;
    columnType: string;
    notNull: boolean;
    primary: boolean;
    hasDefault: boolean;
  }[],
) {
  return Object.fromEntries(
    columns.map((c) => [
      c.name,
      { type: jsShape(c), notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault },
    ]),
  );
}

describe("schema parity between SQLite and PostgreSQL", () => {
  const pgTables = Object.entries(pg).filter(([, v]) => v instanceof PgTable) as [string, PgTable][];
  const sqliteTables = Object.entries(sqlite).filter(([, v]) => v instanceof SQLiteTable) as [string, SQLiteTable][];

  it("exports the same tables", () => {
    expect(pgTables.map(([name]) => name).sort()).toEqual(
      sqliteTables
        .map(([name]) => name)
        .filter((n) => !sqliteOnly.has(n))
        .sort(),
    );
  });

  for (const [name, pgTable] of pgTables) {
    it(`${name}: same columns, types, nullability, keys, defaults and indexes`, () => {
      const sqliteTable = (sqlite as Record<string, unknown>)[name] as SQLiteTable;
      const a = pgConfig(pgTable);
      const b = sqliteConfig(sqliteTable);
      expect(a.name).toBe(b.name);
      expect(describeColumns(a.columns)).toEqual(describeColumns(b.columns));
      expect(
        a.indexes
          .map((i) => ({ name: i.config.name, unique: i.config.unique }))
          .sort((x, y) => x.name!.localeCompare(y.name!)),
      ).toEqual(
        b.indexes
          .map((i) => ({ name: i.config.name, unique: i.config.unique }))
          .sort((x, y) => x.name.localeCompare(y.name)),
      );
      expect(a.foreignKeys.map((f) => f.getName()).sort()).toEqual(b.foreignKeys.map((f) => f.getName()).sort());
    });
  }
});
