import type { Metadata } from "next";
import Link from "next/link";
import { Compass, Inbox } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ResolveProblemButtons } from "@/components/requests/problem-dialogs";
import { RequestList } from "@/components/requests/request-list";
import { RequestSettingsForm } from "@/components/requests/request-settings-form";
import type { ApprovalOptions } from "@/components/requests/decision-dialogs";
import { can, listUsers, type Actor } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { listLibraries } from "@/lib/library";
import { qualityProfileNames } from "@/lib/quality";
import {
  describeScope,
  getRequestSettings,
  listProblems,
  listRequests,
  problemKindLabels,
  type RequestView,
} from "@/lib/requests";

export const metadata: Metadata = { title: "Requests" };

async function approvalOptions(actor: Actor): Promise<ApprovalOptions> {
  const [libraries, names] = await Promise.all([listLibraries(actor), qualityProfileNames()]);
  names.delete("default");
  const profiles = [...names].map(([id, name]) => ({ id, name }));
  const of = (kind: "movie" | "tv") => libraries.filter((l) => l.kind === kind).map(({ id, name }) => ({ id, name }));
  return { movie: { libraries: of("movie"), profiles }, series: { libraries: of("tv"), profiles } };
}

const withScope = (items: RequestView[]) => items.map((i) => ({ ...i, scopeLabel: describeScope(i) }));

export default async function RequestsPage() {
  const actor = await requirePageActor("request");
  const admin = can(actor.role, "admin");
  const viewerId = actor.kind === "user" ? actor.userId : "";
  const items = withScope(await listRequests(actor));
  const [options, problems, settings, users] = admin
    ? await Promise.all([approvalOptions(actor), listProblems(actor), getRequestSettings(actor), listUsers(actor)])
    : [null, [], null, []];
  const pending = items.filter((i) => i.status === "pending");
  const others = items.filter((i) => i.status !== "pending");

  return (
    <>
      <LiveRefresh prefixes={["request."]} />
      <PageHeader
        title="Requests"
        description={
          admin
            ? "What the household asked for: approve with a library and a quality profile, or decline with a reason."
            : "What you asked for, and where it is. You are told here as soon as it changes."
        }
        actions={
          <Button asChild size="sm">
            <Link href="/discover">
              <Compass aria-hidden /> Find something to request
            </Link>
          </Button>
        }
      />
      {items.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title="No requests yet"
          description={
            admin
              ? "Requests from household members appear here for approval."
              : "Find a movie or a show in Discover and request it: a whole series, seasons or single episodes."
          }
          action={{ label: "Open Discover", href: "/discover", icon: Compass }}
        />
      ) : (
        <div className="grid gap-8">
          {pending.length > 0 && (
            <section aria-labelledby="pending-heading" className="grid gap-3">
              <h2 id="pending-heading" className="text-lg font-semibold">
                {admin ? "Waiting for your approval" : "Waiting for approval"} ({pending.length})
              </h2>
              <RequestList items={pending} admin={admin} viewerId={viewerId} options={options} />
            </section>
          )}
          {others.length > 0 && (
            <section aria-labelledby="others-heading" className="grid gap-3">
              <h2 id="others-heading" className="text-lg font-semibold">
                {pending.length > 0 ? "Decided" : admin ? "All requests" : "Your requests"}
              </h2>
              <RequestList items={others} admin={admin} viewerId={viewerId} options={options} />
            </section>
          )}
        </div>
      )}
      {admin && problems.length > 0 && (
        <section aria-labelledby="problems-heading" className="mt-8 grid gap-3">
          <h2 id="problems-heading" className="text-lg font-semibold">
            Reported problems ({problems.length})
          </h2>
          <ul className="grid gap-3 lg:grid-cols-2">
            {problems.map((p) => (
              <li key={p.id} className="grid gap-2 rounded-xl border bg-card p-3" data-testid="problem-report">
                <p className="font-medium">
                  {p.title}: {problemKindLabels[p.kind]}
                </p>
                {p.text && <p className="text-sm break-words">“{p.text}”</p>}
                <p className="text-xs text-muted-foreground">
                  {p.username ?? "A deleted user"} · {new Date(p.createdAt).toLocaleDateString()}
                </p>
                <ResolveProblemButtons problemId={p.id} title={p.title} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {admin && settings && (
        <Card className="mt-8">
          <CardHeader>
            <CardTitle>Approval and quotas</CardTitle>
          </CardHeader>
          <CardContent>
            <RequestSettingsForm
              settings={settings}
              users={users
                .filter((u) => u.role !== "admin")
                .map((u) => ({ id: u.id, username: u.username, role: u.role }))}
            />
          </CardContent>
        </Card>
      )}
    </>
  );
}
