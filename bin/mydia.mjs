#!/usr/bin/env node
// `mydia` (npx mydia, npm run mydia): runs the command line bundled by `npm run build` into
// dist/bin/mydia.mjs, with plain Node — no TypeScript loader on every command. Contributors who want
// to run bin/mydia.ts from source use `npm run mydia:dev -- <command>`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin/mydia.mjs", import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error(
    "mydia: the command line is not built yet. Run `npm run build` (or just `npm run build:server`) first, " +
      "or `npm run mydia:dev -- <command>` to run it from source.",
  );
  process.exit(1);
}
await import(built.href);
