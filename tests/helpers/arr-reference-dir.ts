import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Radarr's and Sonarr's OpenAPI documents and the clients that call them live outside the repository
 * (their README forbids copying them in): `MYDIA_ARR_REFERENCE`, or `../shared/fixtures/arr-api`
 * beside the checkout. Null when neither is there.
 */
export const arrReferenceDir: string | null =
  [process.env.MYDIA_ARR_REFERENCE, path.resolve(import.meta.dirname, "../../../shared/fixtures/arr-api")].find(
    (dir): dir is string => !!dir && existsSync(path.join(dir, "radarr-v3.openapi.json")),
  ) ?? null;
