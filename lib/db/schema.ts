import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema.sqlite";
import { dialectOf } from "./dialect";

/**
 * The tables of the running dialect. Both schema files have the same exports and row types
 * (tests/unit/db/schema-parity.test.ts), so app code is typed against one of them.
 */
export const tables: typeof pgSchema = (dialectOf(process.env.DATABASE_URL) === "pg"
  ? pgSchema
  : sqliteSchema) as unknown as typeof pgSchema;

export { pgSchema, sqliteSchema };
