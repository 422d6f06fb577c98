import { PageHeader } from "@/components/shell/page-header";
import { SectionTabs } from "@/components/shell/section-tabs";
import { requirePageActor } from "@/lib/accounts/next";

const tabs = [
  { href: "/settings/quality", label: "Sizes" },
  { href: "/settings/quality/profiles", label: "Profiles" },
  { href: "/settings/quality/formats", label: "Custom formats" },
  { href: "/settings/quality/release-profiles", label: "Release profiles" },
  { href: "/settings/quality/delay-profiles", label: "Delay profiles" },
];

export default async function QualityLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("admin");
  return (
    <>
      <PageHeader title="Quality" description="Which releases Mydia takes, how big they may be, and what it prefers." />
      <SectionTabs label="Quality settings" tabs={tabs} />
      {children}
    </>
  );
}
