import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/accounts/next";
import { getConfig } from "@/lib/config";
import { getDbHandle } from "@/lib/db";
import { getAutomationSettings } from "@/lib/automation";
import { AutomationForm } from "./automation-form";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage() {
  const actor = await requirePageActor("admin");
  const automation = await getAutomationSettings(actor);
  const config = getConfig();
  const rows: [string, string, string][] = [
    ["Public address", config.BASE_URL, "BASE_URL"],
    ["Data folder", config.dataDir, "DATA_DIR"],
    ["Database", getDbHandle().dialect === "pg" ? "PostgreSQL" : `SQLite (${config.sqlitePath})`, "DATABASE_URL"],
    ["Log level", config.LOG_LEVEL, "LOG_LEVEL"],
    ["Jobs per worker", String(config.WORKER_CONCURRENCY), "WORKER_CONCURRENCY"],
  ];
  return (
    <>
      <PageHeader title="General" description="How this install is set up." />
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Environment</CardTitle>
          <CardDescription>
            These come from environment variables and take effect on restart (see the README&apos;s configuration
            table).
          </CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-[12rem_1fr]">
            {rows.map(([label, value, variable]) => (
              <div key={variable} className="contents">
                <dt className="text-sm text-muted-foreground">
                  {label} <code className="block text-xs">{variable}</code>
                </dt>
                <dd className="break-all font-mono text-sm">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card className="mt-4">
        <CardHeader>
          <CardTitle className="text-base">Automation</CardTitle>
          <CardDescription>
            How Mydia looks for releases by itself: RSS sync, scheduled searches for missing items and upgrades, and
            rules every automatic grab obeys.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <AutomationForm settings={automation} />
        </CardContent>
      </Card>
    </>
  );
}
