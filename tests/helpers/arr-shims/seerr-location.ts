import path from "node:path";
import { arrReferenceDir } from "../arr-reference-dir";

/** Where Seerr's client files are, or null when absent; vitest.config.ts points their `@server/...` imports at the shims beside this file. */
export const seerrClientDir = arrReferenceDir ? path.join(arrReferenceDir, "clients/seerr/server/api") : null;
