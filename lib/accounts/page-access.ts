import { can, roles, type Capability, type Role } from "./roles";

/**
 * The capability each page needs, by path prefix (the longest match wins; any other page needs
 * "browse", which every role has). proxy.ts answers 403 from this table before anything renders,
 * and each page checks the same capability again with requirePageActor.
 */
export const pageAccess: ReadonlyArray<readonly [prefix: string, capability: Capability]> = [
  ["/settings", "admin"],
  // Users who may remove titles with "never add again" may also take them off the list.
  ["/settings/import-exclusions", "manage"],
  ["/system", "admin"],
  ["/activity", "read"],
  ["/wanted", "read"],
  ["/unmatched", "read"],
  ["/search/releases", "manage"],
  // One's requests; read-only accounts cannot request.
  ["/requests", "request"],
];

export function pageCapability(pathname: string): Capability {
  let best: readonly [string, Capability] | null = null;
  for (const rule of pageAccess) {
    const [prefix] = rule;
    if ((pathname === prefix || pathname.startsWith(`${prefix}/`)) && (!best || prefix.length > best[0].length)) {
      best = rule;
    }
  }
  return best ? best[1] : "browse";
}

/** May a signed-in role open this page? Unknown role strings (an old or forged token) may not. */
export function mayOpenPage(role: unknown, pathname: string): boolean {
  return roles.includes(role as Role) && can(role as Role, pageCapability(pathname));
}

/** The 403 answer for a page the role may not open: self-contained, nothing of the page itself. */
export const forbiddenPageHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Not for your role · Mydia</title><meta name="robots" content="noindex">
<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}
body{margin:0;min-height:100dvh;display:grid;place-items:center;background:Canvas;color:CanvasText}
main{max-width:24rem;padding:1.5rem;text-align:center}
p{opacity:.75}a{color:inherit}
</style></head>
<body><main><h1>Not for your role</h1>
<p>This page needs more rights than your account has. Ask an admin if you need it.</p>
<p><a href="/">Back to Mydia</a></p></main></body></html>`;
