export { db, readDb, setReadThreads, getDbHandle, openDatabase, closeDb, type Db, type DbHandle } from "./client";
export { tables } from "./schema";
export { tx, forUpdate, lockForTransaction, TransactionIoError, NestedTransactionError } from "./tx";
export { sqliteGate, type SqliteGate } from "./sqlite-gate";
export {
  migrate,
  migrationsFolder,
  appliedMigrations,
  knownMigrations,
  migratePgTo,
  type MigrateResult,
} from "./migrate";
export { dialectOf } from "./dialect";
export { pingDatabase } from "./ping";
export { isUniqueViolation } from "./errors";
export { databaseUnavailable } from "./unavailable";
export { sqliteSchema } from "./schema";
export { copySqliteToPostgres, type TableCopy, type CopyProgress } from "./copy";
