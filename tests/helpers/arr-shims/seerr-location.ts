import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Where Seerr's client files are (../shared/fixtures/arr-api, or MYDIA_ARR_REFERENCE), or null when
 * absent; vitest.config.ts points their `@server/...` imports at the shims beside this file.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const reference = [process.env.MYDIA_ARR_REFERENCE, path.resolve(root, "../shared/fixtures/arr-api")].find(
  (dir): dir is string => !!dir && existsSync(path.join(dir, "radarr-v3.openapi.json")),
);

export const seerrClientDir = reference ? path.join(reference, "clients/seerr/server/api") : null;
