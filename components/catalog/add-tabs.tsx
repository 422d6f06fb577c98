import Link from "next/link";
import { cn } from "@/components/ui/utils";

const tabs = [
  { key: "search-movie", href: "/search?type=movie", label: "Search movies" },
  { key: "search-tv", href: "/search?type=tv", label: "Search TV" },
  { key: "discover", href: "/discover", label: "Discover" },
];

/** Search and Discover are two ways to find something to add. */
export function AddTabs({ active }: { active: string }) {
  return (
    <nav aria-label="Find" className="mb-6 flex gap-1 overflow-x-auto border-b">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === active ? "page" : undefined}
          className={cn(
            "-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium transition-colors",
            tab.key === active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
