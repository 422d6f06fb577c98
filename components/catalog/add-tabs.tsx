import { SectionTabs } from "@/components/shell/section-tabs";

const tabs = {
  "search-movie": { href: "/search?type=movie", label: "Search movies" },
  "search-tv": { href: "/search?type=tv", label: "Search TV" },
  discover: { href: "/discover", label: "Discover" },
  releases: { href: "/search/releases", label: "Search releases" },
};

/** The ways to find something: metadata search, Discover, and (for managers) releases on the indexers. */
export function AddTabs({ active, releases = true }: { active: keyof typeof tabs; releases?: boolean }) {
  const shown = Object.entries(tabs)
    .filter(([key]) => releases || key !== "releases")
    .map(([, tab]) => tab);
  return <SectionTabs label="Find" tabs={shown} activeHref={tabs[active].href} />;
}
