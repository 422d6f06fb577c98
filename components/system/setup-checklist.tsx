import Link from "next/link";
import { AlertTriangle, CheckCircle2, Circle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/utils";
import type { SetupChecklist } from "@/lib/system";

/** The first-run checklist: each step with its state now and a link to where it is done. */
export function SetupChecklistView({ checklist }: { checklist: SetupChecklist }) {
  const next = checklist.steps.find((s) => !s.done)?.id;
  const doneCount = checklist.steps.filter((s) => s.done).length;
  return (
    <section aria-labelledby="setup-title" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="setup-title" className="text-lg font-semibold">
          Set up Mydia
        </h2>
        <p className="text-sm text-muted-foreground">
          {doneCount} of {checklist.steps.length} done. Four things and Mydia finds, downloads and files your movies and
          series by itself. This list goes away once all are done.
        </p>
      </div>
      <ol className="grid gap-3" aria-label="Setup steps">
        {checklist.steps.map((step, index) => {
          const Icon = step.done ? (step.problem ? AlertTriangle : CheckCircle2) : Circle;
          return (
            <li
              key={step.id}
              data-testid={`setup-step-${step.id}`}
              data-done={step.done}
              className={cn(
                "flex flex-col gap-3 rounded-xl border bg-card p-4 sm:flex-row sm:items-center sm:justify-between",
                step.id === next && "border-primary/60 ring-1 ring-primary/30",
              )}
            >
              <div className="flex min-w-0 gap-3">
                <Icon
                  className={cn(
                    "mt-0.5 size-5 shrink-0",
                    step.done
                      ? step.problem
                        ? "text-amber-500"
                        : "text-emerald-600 dark:text-emerald-400"
                      : "text-muted-foreground",
                  )}
                  aria-hidden
                />
                <div className="grid min-w-0 gap-1">
                  <p className="font-medium">
                    <span className="sr-only">Step {index + 1}: </span>
                    {step.title}
                    <span className="sr-only">{step.done ? " (done)" : " (to do)"}</span>
                  </p>
                  <p className="text-sm break-words text-muted-foreground" data-testid="setup-step-state">
                    {step.state}
                  </p>
                  {step.problem && (
                    <p className="text-sm break-words text-amber-700 dark:text-amber-400">{step.problem}</p>
                  )}
                  {!step.done && <p className="text-sm text-pretty text-muted-foreground">{step.why}</p>}
                </div>
              </div>
              <Button
                asChild
                size="sm"
                variant={step.id === next ? "default" : "outline"}
                className="shrink-0 self-start sm:self-center"
              >
                <Link href={step.href}>{step.action}</Link>
              </Button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
