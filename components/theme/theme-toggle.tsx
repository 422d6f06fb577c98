"use client";

import * as React from "react";
import { useTheme } from "next-themes";
import { MonitorIcon, MoonIcon, SunIcon, type LucideIcon } from "lucide-react";

import { DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem } from "@/components/ui/dropdown-menu";
import { cn } from "@/components/ui/utils";

const OPTIONS: { value: "light" | "dark" | "system"; label: string; icon: LucideIcon }[] = [
  { value: "light", label: "Light", icon: SunIcon },
  { value: "dark", label: "Dark", icon: MoonIcon },
  { value: "system", label: "System", icon: MonitorIcon },
];

function useMounted(): boolean {
  return React.useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}

/**
 * The same choice as menu items, for use inside a `DropdownMenuContent` (menus trap Tab, so a
 * radiogroup of buttons would not be reachable there; these follow the menu's arrow keys).
 */
export function ThemeMenuItems() {
  const { theme, setTheme } = useTheme();
  const mounted = useMounted();
  return (
    <>
      <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">Theme</DropdownMenuLabel>
      <DropdownMenuRadioGroup value={mounted ? (theme ?? "system") : ""} onValueChange={setTheme}>
        {OPTIONS.map((option) => {
          const Icon = option.icon;
          return (
            <DropdownMenuRadioItem
              key={option.value}
              value={option.value}
              className="pl-2 pr-8 [&>span:first-child]:right-2 [&>span:first-child]:left-auto"
              onSelect={(event) => event.preventDefault()}
            >
              <Icon aria-hidden="true" />
              {option.label}
            </DropdownMenuRadioItem>
          );
        })}
      </DropdownMenuRadioGroup>
    </>
  );
}

/**
 * A three-way light/dark/system switch (a radio group: Tab to focus, arrow keys to move).
 * Usable on its own (settings, login page) and inside the shell's user menu.
 */
export function ThemeToggle({ className }: { className?: string }) {
  const { theme, setTheme } = useTheme();
  const mounted = useMounted();
  // Before hydration the stored theme is unknown: render nothing selected to avoid a mismatch.
  const current = mounted ? (theme ?? "system") : undefined;
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: React.KeyboardEvent<HTMLButtonElement>, index: number) {
    let next: number;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = (index + 1) % OPTIONS.length;
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = (index - 1 + OPTIONS.length) % OPTIONS.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = OPTIONS.length - 1;
    else return;
    event.preventDefault();
    event.stopPropagation();
    setTheme(OPTIONS[next].value);
    refs.current[next]?.focus();
  }

  const selectedIndex = Math.max(
    0,
    OPTIONS.findIndex((o) => o.value === current),
  );

  return (
    <div
      role="radiogroup"
      aria-label="Theme"
      data-slot="theme-toggle"
      className={cn("inline-flex items-center gap-0.5 rounded-lg bg-muted p-0.5", className)}
    >
      {OPTIONS.map((option, index) => {
        const Icon = option.icon;
        const checked = current === option.value;
        return (
          <button
            key={option.value}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={option.label}
            title={option.label}
            tabIndex={index === selectedIndex ? 0 : -1}
            onClick={() => setTheme(option.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={cn(
              "inline-flex size-7 items-center justify-center rounded-md text-muted-foreground outline-none transition-colors hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
              checked && "bg-background text-foreground shadow-sm dark:bg-input/50",
            )}
          >
            <Icon className="size-4" aria-hidden="true" />
          </button>
        );
      })}
    </div>
  );
}
