/**
 * Where to go after signing in: the callback resolved against the app's own origin, as a path.
 * Anything that leaves the origin (`//host`, `/\host`, `/%09/host`, `https://other/`, `javascript:`)
 * becomes "/". Browsers strip tabs and newlines and read `\` as `/`, and so does the URL parser,
 * so resolving it is the check that matches what the browser will do.
 */
export function safeCallbackPath(callback: string | null | undefined, origin: string): string {
  if (!callback) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(callback, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  const path = target.pathname + target.search + target.hash;
  // A path that itself starts with two slashes (or a backslash) would read as another host if reused.
  return /^\/[/\\]/.test(path) ? "/" : path;
}

/** next-auth's redirect callback: the same rule, answering an absolute URL on the app's origin. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
}
