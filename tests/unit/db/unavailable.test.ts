import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseUnavailable } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

/** Which failures are "the database is unavailable" (HTTP 503) and which are not. */
describe("databaseUnavailable", () => {
  it("recognises PostgreSQL and SQLite failures, also inside a Drizzle query error", () => {
    expect(databaseUnavailable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))?.message).toMatch(
      /PostgreSQL cannot be reached: ECONNREFUSED/,
    );
    expect(databaseUnavailable(withCode("terminating connection", "57P01"))).not.toBeNull();
    expect(databaseUnavailable(withCode("write CONNECTION_CLOSED", "CONNECTION_CLOSED"))).not.toBeNull();
    const wrapped = new DrizzleQueryError("select 1", [], withCode("file is not a database", "SQLITE_NOTADB"));
    expect(databaseUnavailable(wrapped)?.message).toMatch(/SQLite file cannot be used: SQLITE_NOTADB/);
  });

  it("leaves other failures alone: constraint violations, domain errors, a peer that refused", () => {
    expect(databaseUnavailable(withCode("duplicate key", "23505"))).toBeNull();
    expect(databaseUnavailable(withCode("UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE"))).toBeNull();
    expect(databaseUnavailable(new ValidationError("bad"))).toBeNull();
    const peer = new Error("qBittorrent cannot be reached", {
      cause: withCode("connect ECONNREFUSED", "ECONNREFUSED"),
    });
    expect(databaseUnavailable(peer)).toBeNull();
  });
});
