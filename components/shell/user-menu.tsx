"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { ChevronsUpDownIcon, LogOutIcon, UserIcon } from "lucide-react";

import { ThemeMenuItems } from "@/components/theme/theme-toggle";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/components/ui/utils";
import { ROLE_LABELS, type Role } from "@/components/shell/nav-items";

export type ShellUser = { username: string; role: Role };

function initials(username: string): string {
  const parts = username
    .trim()
    .split(/[\s._-]+/)
    .filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[1][0] : username.slice(0, 2);
  return letters.toUpperCase() || "?";
}

function UserAvatar({ username, className }: { username: string; className?: string }) {
  return (
    <Avatar className={cn("size-8 rounded-lg", className)}>
      <AvatarFallback className="rounded-lg bg-brand/15 text-brand dark:bg-brand/25 dark:text-foreground">
        {initials(username)}
      </AvatarFallback>
    </Avatar>
  );
}

/**
 * The account menu: who is signed in, Profile, theme, Sign out.
 * - `variant="sidebar"`: full-width row for the desktop sidebar (avatar only when `collapsed`).
 * - `variant="compact"`: avatar button for the phone top bar.
 */
export function UserMenu({
  user,
  variant,
  collapsed = false,
}: {
  user: ShellUser;
  variant: "sidebar" | "compact";
  collapsed?: boolean;
}) {
  const roleLabel = ROLE_LABELS[user.role];
  const iconOnly = variant === "compact" || collapsed;

  const trigger = (
    <DropdownMenuTrigger
      aria-label={iconOnly ? `Account menu for ${user.username}` : undefined}
      className={cn(
        "flex items-center gap-2 rounded-md text-left outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50",
        variant === "sidebar" &&
          "w-full p-2 hover:bg-sidebar-accent hover:text-sidebar-accent-foreground data-[state=open]:bg-sidebar-accent",
        variant === "sidebar" && collapsed && "justify-center p-1",
        variant === "compact" && "rounded-lg p-0.5 hover:bg-accent data-[state=open]:bg-accent",
      )}
    >
      <UserAvatar username={user.username} />
      {!iconOnly && (
        <>
          <span className="grid min-w-0 flex-1 leading-tight">
            <span className="truncate text-sm font-medium">{user.username}</span>
            <span className="truncate text-xs text-muted-foreground">{roleLabel}</span>
          </span>
          <ChevronsUpDownIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
        </>
      )}
    </DropdownMenuTrigger>
  );

  return (
    <DropdownMenu>
      {variant === "sidebar" && collapsed ? (
        <Tooltip>
          <TooltipTrigger asChild>{trigger}</TooltipTrigger>
          <TooltipContent side="right">{user.username}</TooltipContent>
        </Tooltip>
      ) : (
        trigger
      )}
      <DropdownMenuContent
        className="w-56"
        side={variant === "sidebar" ? (collapsed ? "right" : "top") : "bottom"}
        align={variant === "compact" ? "end" : "start"}
        sideOffset={variant === "sidebar" ? 8 : 4}
      >
        <DropdownMenuLabel className="flex items-center gap-2 font-normal">
          <UserAvatar username={user.username} />
          <span className="grid min-w-0 flex-1 leading-tight">
            <span className="truncate text-sm font-medium">{user.username}</span>
            <span className="truncate text-xs text-muted-foreground">{roleLabel}</span>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuGroup>
          <DropdownMenuItem asChild>
            <Link href="/profile">
              <UserIcon aria-hidden="true" />
              Profile
            </Link>
          </DropdownMenuItem>
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <ThemeMenuItems />
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/login" })}>
          <LogOutIcon aria-hidden="true" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
