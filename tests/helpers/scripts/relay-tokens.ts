import { closeDb } from "@/lib/db";
import { takeRelayToken } from "@/lib/metadata";

/**
 * A separate process taking relay tokens (tests/integration/catalog/relay-rate-limit.test.ts):
 * `relay-tokens.ts CLIENT COUNT AT_MS` takes COUNT tokens for CLIENT at the instant AT_MS and
 * prints how many it was given. DATABASE_URL and DATA_DIR as the test's.
 */
const [client, count, at] = process.argv.slice(2);
let granted = 0;
for (let i = 0; i < Number(count); i++) {
  try {
    await takeRelayToken(client, new Date(Number(at)));
    granted++;
  } catch (error) {
    if ((error as { code?: string }).code !== "rate_limited") throw error;
  }
}
console.log(JSON.stringify({ granted }));
await closeDb();
