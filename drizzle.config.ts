import { defineConfig } from "drizzle-kit";

// `npm run db:generate` runs drizzle-kit once per dialect; DATABASE_URL picks which.
const isPg = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

export default isPg
  ? defineConfig({ dialect: "postgresql", schema: "./lib/db/schema.pg.ts", out: "./drizzle/pg" })
  : defineConfig({ dialect: "sqlite", schema: "./lib/db/schema.sqlite.ts", out: "./drizzle/sqlite" });
