import type { LucideIcon } from "lucide-react";
import { EmptyState } from "./empty-state";
import { PageHeader } from "./page-header";

/**
 * The honest state of an area whose source is not set up yet: what will be here, and where to
 * go to set it up. No sample data.
 */
export function UpcomingFeature({
  title,
  description,
  icon,
  emptyTitle,
  emptyDescription,
  canConfigure,
}: {
  title: string;
  description: string;
  icon: LucideIcon;
  emptyTitle: string;
  emptyDescription: string;
  canConfigure: boolean;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState
        icon={icon}
        title={emptyTitle}
        description={canConfigure ? emptyDescription : `${emptyDescription} Ask an admin of this Mydia to set it up.`}
        action={canConfigure ? { label: "Open Settings", href: "/settings" } : undefined}
      />
    </>
  );
}
