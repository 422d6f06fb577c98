"use client";

import { useTransition } from "react";
import { Search } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { CommandInput } from "@/lib/automation/commands.service";
import { runCommandAction } from "@/app/(app)/automation-actions";

/**
 * "Search": queues an automatic search (or another command). The job runs on the worker and
 * shows in System → Tasks; grabs appear on the Activity page as they happen.
 */
export function SearchButton({
  command,
  label = "Search",
  size = "sm",
  variant = "outline",
}: {
  /** One command, or several sent in turn (a page of movies and episodes). */
  command: CommandInput | CommandInput[];
  label?: string;
  size?: "sm" | "default";
  variant?: "outline" | "default" | "ghost";
}) {
  const [pending, start] = useTransition();
  return (
    <Button
      variant={variant}
      size={size}
      disabled={pending}
      onClick={() =>
        start(async () => {
          const jobIds: (string | null)[] = [];
          for (const one of Array.isArray(command) ? command : [command]) {
            const result = await runCommandAction(one);
            if (!result.ok) return void toast.error(result.error);
            jobIds.push(...result.data.jobs.map((j) => j.jobId));
          }
          if (jobIds.every((id) => id === null)) toast.info("Already searching: see System → Tasks");
          else toast.success("Search started: grabs show up under Activity");
        })
      }
    >
      <Search aria-hidden /> {pending ? "Starting…" : label}
    </Button>
  );
}
