import { Badge } from "@/components/ui/badge";
import type { InteractiveRelease } from "@/lib/automation";
import { ReleaseStateBadge } from "../release-state-badge";

/** What Mydia already did with the release, then the indexer's flags (freeleech, low seeders, magnet only …). */
export function ReleaseFlags({ release }: { release: InteractiveRelease }) {
  const flags = [...release.flags, ...(release.magnetOnly ? ["magnet"] : [])];
  if (flags.length === 0 && !release.state) return null;
  return (
    <div className="mt-1 flex flex-wrap gap-1">
      <ReleaseStateBadge state={release.state} />
      {flags.map((flag) => (
        <Badge
          key={flag}
          variant={
            flag === "freeleech" ? "default" : flag === "low-seeders" || flag === "nuked" ? "destructive" : "outline"
          }
          className="text-[10px]"
        >
          {flag}
        </Badge>
      ))}
    </div>
  );
}
