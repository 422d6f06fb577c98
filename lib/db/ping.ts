import { getDbHandle } from "./client";

/** Round trip to the database (health checks). Raw, because drizzle's execute() is PostgreSQL-only. */
export async function pingDatabase(): Promise<void> {
  const handle = getDbHandle();
  if (handle.dialect === "sqlite") handle.sqlite.prepare("select 1").get();
  else await handle.sql`select 1`;
}
