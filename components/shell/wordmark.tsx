import { ClapperboardIcon } from "lucide-react";

import { cn } from "@/components/ui/utils";

/** The Mydia logo mark and name. `compact` shows only the mark (collapsed sidebar). */
export function Wordmark({ compact = false, className }: { compact?: boolean; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <span
        aria-hidden="true"
        className="flex size-7 shrink-0 items-center justify-center rounded-md bg-brand text-white shadow-sm"
      >
        <ClapperboardIcon className="size-4" />
      </span>
      <span className={cn("text-base font-semibold tracking-tight", compact && "sr-only")}>Mydia</span>
    </span>
  );
}
