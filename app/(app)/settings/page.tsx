import type { Metadata } from "next";
import Link from "next/link";
import {
  Ban,
  ChevronRight,
  Clapperboard,
  Download,
  FolderTree,
  Gauge,
  Import,
  KeyRound,
  BellRing,
  Radar,
  SlidersHorizontal,
  Users,
} from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/accounts/next";

export const metadata: Metadata = { title: "Settings" };

const sections = [
  {
    href: "/settings/general",
    title: "General",
    description: "Address, data folder and database of this install",
    icon: SlidersHorizontal,
  },
  { href: "/settings/users", title: "Users", description: "Who can sign in and what they may do", icon: Users },
  {
    href: "/settings/authentication",
    title: "Authentication",
    description: "Single sign-on (OpenID Connect), roles from groups, password sign-in",
    icon: KeyRound,
  },
  {
    href: "/settings/metadata",
    title: "Metadata",
    description: "TMDB key or metadata relay, and the language of titles",
    icon: Clapperboard,
  },
  {
    href: "/settings/libraries",
    title: "Libraries",
    description: "Folders of movies and series: scans, naming, imports",
    icon: FolderTree,
  },
  {
    href: "/settings/import-exclusions",
    title: "Import exclusions",
    description: "Movies and series that are never added again",
    icon: Ban,
  },
  {
    href: "/settings/indexers",
    title: "Indexers",
    description: "Torznab, Newznab, Prowlarr, Jackett and Cardigann sites to search",
    icon: Radar,
  },
  {
    href: "/settings/download-clients",
    title: "Download clients",
    description: "qBittorrent, Transmission, SABnzbd and NZBGet: where grabs go",
    icon: Download,
  },
  {
    href: "/settings/notifications",
    title: "Notifications",
    description: "Webhook, email, Discord, ntfy and Gotify channels for requests and system events",
    icon: BellRing,
  },
  {
    href: "/settings/quality",
    title: "Quality",
    description: "Sizes, quality profiles, custom formats, release and delay profiles",
    icon: Gauge,
  },
  {
    href: "/settings/import-arr",
    title: "Import from Sonarr/Radarr",
    description: "Bring over their libraries, profiles, indexers, clients and titles, files where they are",
    icon: Import,
  },
];

export default async function SettingsPage() {
  await requirePageActor("admin");
  return (
    <>
      <PageHeader title="Settings" description="Set Mydia up for your household." />
      <div className="grid gap-3 sm:grid-cols-2">
        {sections.map(({ href, title, description, icon: Icon }) => (
          <Link
            key={href}
            href={href}
            className="group rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <Card className="h-full transition-colors group-hover:bg-muted/50">
              <CardHeader className="flex flex-row items-center gap-3">
                <Icon className="size-5 shrink-0 text-muted-foreground" aria-hidden />
                <div className="flex-1">
                  <CardTitle className="text-base">{title}</CardTitle>
                  <CardDescription>{description}</CardDescription>
                </div>
                <ChevronRight className="size-4 text-muted-foreground" aria-hidden />
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
