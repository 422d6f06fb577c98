/**
 * The architecture of ARCHITECTURE.md as rules (`npm run lint` runs them; `npm run deps:graph`
 * prints the graph between contexts and fails on a cycle):
 * - app/, worker/ and bin/ call a context of lib/ only through its index.ts;
 * - a context calls another context only through that context's index.ts;
 * - lib/release is pure: it imports nothing of the app but itself;
 * - nothing in lib/ imports app/ or components/;
 * - lib/db (the schema) imports no context but the pure lib/release (its column types live in lib/db/types).
 * Tests and benches may reach inside a context.
 */
// lib/db/types holds the column types (pure, safe in client components): a second public face of lib/db.
const outsideIndex = "^lib/[^/]+/(?!index\\.tsx?$)(?!(?<=^lib/db/)types/).+";

const inputSchemas = "^lib/[^/]+/([^/]+\\.input|schemas)\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "app-through-index",
      comment: "app/, worker/ and bin/ call a context only through lib/<context>/index.ts",
      severity: "error",
      from: { path: "^(app|worker|bin)/" },
      // More public faces: the download-client definitions (browser-safe display metadata for
      // client components) and the Next.js glue of lib/accounts (session, next-auth options and route), which
      // stays out of lib/accounts/index.ts so that the worker and the CLI do not load Next.js.
      to: {
        path: outsideIndex,
        pathNot: [
          "^lib/downloads/clients/definitions\\.ts$",
          "^lib/accounts/(next|auth-options|auth-route)\\.ts$",
          // The role names and their labels, for the role pickers of client forms: pure constants.
          "^lib/accounts/roles\\.ts$",
          // The crash record the supervisor (bin/start.ts) hands to a restarted worker: a schema only.
          "^lib/jobs/worker-crash\\.schema\\.ts$",
          // The restart-for-restore exit code the supervisor reads: constants only, no database code.
          "^lib/backups/restart\\.ts$",
          // The sign-in error codes and their messages, for the login form in the browser: no imports at all.
          "^lib/accounts/sign-in-errors\\.ts$",
          // A context's input schemas (*.input.ts, lib/<context>/schemas.ts), for the forms' zod resolver in the browser: the
          // same schema the server parses with, without index.ts pulling services and the database
          // into the client bundle. Rule "inputs-browser-safe" keeps them free of server code.
          inputSchemas,
        ],
      },
    },
    {
      name: "context-through-index",
      comment: "a context calls another context only through lib/<context>/index.ts",
      severity: "error",
      from: { path: "^lib/([^/]+)/" },
      // lib/api (route handlers) may use lib/accounts' Next.js glue, as app/ does; lib/arr's resource
      // readers have their own face (lib/arr/resources.ts) because its index.ts loads Next.js.
      to: {
        path: outsideIndex,
        pathNot: ["^lib/$1/", "^lib/accounts/(next|auth-options)\\.ts$", "^lib/arr/resources\\.ts$"],
      },
    },
    {
      name: "inputs-browser-safe",
      comment:
        "input schemas (*.input.ts, schemas.ts, loaded by forms in the browser) import only zod and pure helpers",
      severity: "error",
      from: { path: inputSchemas },
      to: {
        pathNot: [
          "^node_modules/zod/",
          "^lib/(text|validation|release)/",
          "^lib/db/types/",
          "^lib/[^/]+/[^/]+\\.(types|input)\\.ts$",
          "^lib/accounts/roles\\.ts$",
          "^lib/downloads/clients/types\\.ts$",
          // lib/quality's pure helpers: its types and flags, the profile checks, the size limit and the
          // RE2 pattern check (re2js is plain JavaScript), which the quality forms' schemas run in the browser.
          "^lib/quality/(model|profile|definitions|user-pattern)\\.ts$",
        ],
      },
    },
    {
      name: "release-is-pure",
      comment: "lib/release (parser and quality model) imports nothing of the app but itself",
      severity: "error",
      from: { path: "^lib/release/" },
      to: { path: "^(app|components|lib|worker|bin)/", pathNot: "^lib/release/" },
    },
    {
      name: "db-owns-its-types",
      comment: "lib/db (schema, client) imports no context: the tables' types live in lib/db",
      severity: "error",
      from: { path: "^lib/db/" },
      to: { path: "^lib/", pathNot: ["^lib/db/", "^lib/config/", "^lib/logger/", "^lib/release/", "^lib/errors/"] },
    },
    {
      name: "lib-not-ui",
      comment: "nothing in lib/ imports app/ or components/",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|dist|drizzle|data|tests/fixtures|tests/artifacts)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    skipAnalysisNotInRules: true,
  },
};
