import type { TestProject } from "vitest/node";
import { startPostgres, type PostgresServer } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let server: PostgresServer | undefined;

/** Starts one real PostgreSQL server for the run (or uses TEST_DATABASE_URL). Fails loudly if it cannot. */
export async function setup(project: TestProject): Promise<void> {
  const existing = process.env.TEST_DATABASE_URL;
  if (existing) {
    project.provide("postgresUrl", existing);
    return;
  }
  server = await startPostgres();
  project.provide("postgresUrl", server.url);
}

export async function teardown(): Promise<void> {
  server?.stop();
}
