import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/accounts/next";
import { listLibraries } from "@/lib/catalog";
import { RootFoldersForm } from "./root-folders-form";

export const metadata: Metadata = { title: "Root folders" };

export default async function RootFoldersPage() {
  await requirePageActor("admin");
  const libraries = await listLibraries();
  const pathOf = (kind: "movie" | "tv") => libraries.find((l) => l.kind === kind)?.path ?? "";
  return (
    <>
      <PageHeader title="Root folders" description="Where movies and series go on disk. Each new title gets its own folder inside." />
      <Card>
        <CardHeader>
          <CardTitle className="text-base">One folder per kind</CardTitle>
          <CardDescription>Absolute paths as this server sees them (inside Docker: the container&apos;s paths).</CardDescription>
        </CardHeader>
        <CardContent>
          <RootFoldersForm movie={pathOf("movie")} tv={pathOf("tv")} />
        </CardContent>
      </Card>
    </>
  );
}
