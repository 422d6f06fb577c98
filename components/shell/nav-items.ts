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

export type Role = "admin" | "user" | "requester" | "readonly";

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
  /** Roles that see the item. */
  roles: readonly Role[];
  /** "admin" items are drawn in their own group under a divider. */
  group: "main" | "admin";
  /** Shown in the phone's bottom bar; the others go under "More". */
  primary?: boolean;
};

const ALL: readonly Role[] = ["admin", "user", "requester", "readonly"];
const ADMIN: readonly Role[] = ["admin"];

/** One list for the desktop sidebar and the phone bars, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: "Movies", href: "/movies", icon: FilmIcon, roles: ALL, group: "main", primary: true },
  { label: "TV", href: "/tv", icon: TvIcon, roles: ALL, group: "main", primary: true },
  { label: "Calendar", href: "/calendar", icon: CalendarDaysIcon, roles: ALL, group: "main" },
  { label: "Activity", href: "/activity", icon: ActivityIcon, roles: ALL, group: "main", primary: true },
  { label: "Wanted", href: "/wanted", icon: ListTodoIcon, roles: ALL, group: "main" },
  { label: "Search", href: "/search", icon: SearchIcon, roles: ALL, group: "main", primary: true },
  { label: "Requests", href: "/requests", icon: InboxIcon, roles: ALL, group: "main" },
  { label: "Settings", href: "/settings", icon: SettingsIcon, roles: ADMIN, group: "admin" },
  { label: "System", href: "/system", icon: ServerIcon, roles: ADMIN, group: "admin" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

/** `/movies` is active on `/movies` and `/movies/123`, not on `/movies-old`. */
export function isNavItemActive(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}
