export { db, getDbHandle, openDatabase, closeDb, type Db, type DbHandle } from "./client";
export { tables } from "./schema";
export { tx, forUpdate, TransactionIoError } from "./tx";
export { migrate, migrationsFolder, type MigrateResult } from "./migrate";
export { dialectOf } from "./dialect";
export { pingDatabase } from "./ping";
export { databaseUnavailable } from "./unavailable";
