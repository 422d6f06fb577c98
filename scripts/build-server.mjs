#!/usr/bin/env node
// `npm run build:server`: bundles the worker, the supervisor (npm start), the web server and the command line into
// dist/ with esbuild. Whitespace and comments are left out and every non-ASCII character is written as an escape:
// V8 keeps a module's whole source in memory, as one byte per character only when all of it is Latin-1 (a stray "–"
// in a comment doubled the worker's 6.8 MB source to 13 MB of resident memory, in every process and every command).
import { readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const result = await build({
  entryPoints: ["worker/index.ts", "bin/start.ts", "bin/mydia.ts", "bin/web.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  external: ["better-sqlite3", "@node-rs/argon2", "pino", "pg-native", "sharp", "next"],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  minifyWhitespace: true,
  legalComments: "none",
  charset: "ascii",
  metafile: true,
  logLevel: "warning",
});

// esbuild escapes strings and identifiers but keeps regular expression literals as written: escape what is left.
// \uXXXX means the same code unit in a string, a template, an identifier and a regular expression.
for (const file of Object.keys(result.metafile.outputs)) {
  const source = readFileSync(file, "utf8");
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== source) writeFileSync(file, ascii);
}
