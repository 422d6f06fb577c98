import {
  ActivityIcon,
  CalendarDaysIcon,
  FilmIcon,
  InboxIcon,
  ListTodoIcon,
  SearchIcon,
  ServerIcon,
  SettingsIcon,
  TvIcon,
  type LucideIcon,
} from "lucide-react";

import { can, type Capability, type Role } from "@/lib/accounts/roles";

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  user: "User",
  requester: "Requester",
  readonly: "Read-only",
};

export type NavItem = {
  label: string;
  href: string;
  icon: LucideIcon;
  /** The capability a role needs to see the item (the page itself checks the same). */
  capability: Capability;
  /** "admin" items are drawn in their own group under a divider. */
  group: "main" | "admin";
  /** Shown in the phone's bottom bar; the others go under "More". */
  primary?: boolean;
  /** Something there needs attention ("2 health problems"): drawn as a dot, read by screen readers. */
  alert?: string;
};

/** One list for the desktop sidebar and the phone bars, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: "Movies", href: "/movies", icon: FilmIcon, capability: "browse", group: "main", primary: true },
  { label: "TV", href: "/tv", icon: TvIcon, capability: "browse", group: "main", primary: true },
  { label: "Calendar", href: "/calendar", icon: CalendarDaysIcon, capability: "browse", group: "main" },
  { label: "Activity", href: "/activity", icon: ActivityIcon, capability: "read", group: "main", primary: true },
  { label: "Wanted", href: "/wanted", icon: ListTodoIcon, capability: "read", group: "main" },
  { label: "Search", href: "/search", icon: SearchIcon, capability: "browse", group: "main", primary: true },
  { label: "Requests", href: "/requests", icon: InboxIcon, capability: "request", group: "main" },
  { label: "Settings", href: "/settings", icon: SettingsIcon, capability: "admin", group: "admin" },
  { label: "System", href: "/system", icon: ServerIcon, capability: "admin", group: "admin" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.capability));
}

/** `/movies` is active on `/movies` and `/movies/123`, not on `/movies-old`. */
export function isNavItemActive(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** A dot beside a nav item that needs attention; the text is for screen readers and the tooltip. */
export const NAV_ALERT_DOT = "size-2 shrink-0 rounded-full bg-destructive";
