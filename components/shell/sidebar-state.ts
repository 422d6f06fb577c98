/**
 * The desktop sidebar's collapsed state lives in a cookie so the server can render it right the
 * first time (no flash). Read it in a server layout and pass it to `<AppShell>`:
 *
 *   const collapsed = isSidebarCollapsed((await cookies()).get(SIDEBAR_COOKIE)?.value);
 *   <AppShell user={…} defaultSidebarCollapsed={collapsed}>
 */
export const SIDEBAR_COOKIE = "mydia-sidebar";

export function isSidebarCollapsed(cookieValue: string | undefined): boolean {
  return cookieValue === "collapsed";
}

export function writeSidebarCookie(collapsed: boolean): void {
  document.cookie = `${SIDEBAR_COOKIE}=${collapsed ? "collapsed" : "expanded"}; path=/; max-age=31536000; samesite=lax`;
}
