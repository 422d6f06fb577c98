import type { DatabaseDialect } from "@/lib/config";

/** The dialect follows DATABASE_URL alone, so it can be known without loading the whole config. */
export function dialectOf(databaseUrl: string | undefined): DatabaseDialect {
  return databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl) ? "pg" : "sqlite";
}
