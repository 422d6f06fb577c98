import { SectionTabs } from "@/components/shell/section-tabs";

const tabs = {
  "search-movie": { href: "/search?type=movie", label: "Search movies" },
  "search-tv": { href: "/search?type=tv", label: "Search TV" },
  discover: { href: "/discover", label: "Discover" },
  releases: { href: "/search/releases", label: "Search releases" },
};

/** The ways to find something: metadata search, Discover, and releases on the indexers. */
export function AddTabs({ active }: { active: keyof typeof tabs }) {
  return <SectionTabs label="Find" tabs={Object.values(tabs)} activeHref={tabs[active].href} />;
}
