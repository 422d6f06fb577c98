export { db, getDbHandle, openDatabase, closeDb, type Db, type DbHandle } from "./client";
export { tables } from "./schema";
export { tx, forUpdate, TransactionIoError, NestedTransactionError } from "./tx";
export { sqliteGate, type SqliteGate } from "./sqlite-gate";
export { migrate, migrationsFolder, type MigrateResult } from "./migrate";
export { dialectOf } from "./dialect";
export { pingDatabase } from "./ping";
export { isUniqueViolation } from "./errors";
export { databaseUnavailable } from "./unavailable";
