/**
 * Secrets that hide inside strings, where pino's key-based redaction cannot see them: API keys and
 * tokens in URL query strings (Torznab `apikey=`, a tracker's `passkey=`), passwords in URLs
 * (`postgres://user:pass@`, `http://user:pass@client`), and bearer tokens in header dumps.
 */
const QUERY_SECRET =
  /([?&;](?:api[_-]?key|apikey|token|access[_-]?token|auth|passkey|pass|password|secret|sig|signature|key|t)=)[^&;#\s"'<>]+/gi;
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^/\s:@"']+):[^/\s@"']+@/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g;

export const REDACTED = "[redacted]";

export function scrubSecrets(text: string): string {
  if (!text.includes("=") && !text.includes("@") && !/Bearer|Basic/.test(text)) return text;
  return text
    .replace(QUERY_SECRET, `$1${REDACTED}`)
    .replace(URL_PASSWORD, `$1:${REDACTED}@`)
    .replace(BEARER, `$1 ${REDACTED}`);
}

/** Field names whose values are secrets wherever they appear in a log object. */
const SECRET_KEY =
  /^(password|passwd|apikey|api_key|token|accesstoken|refreshtoken|secret|authorization|cookie|passkey|key)$/i;

/** A copy of value with secret fields censored and secrets inside strings scrubbed (plain data only). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    out[key] = SECRET_KEY.test(key) && inner !== null && inner !== undefined ? REDACTED : scrubValue(inner, depth + 1);
  return out;
}
