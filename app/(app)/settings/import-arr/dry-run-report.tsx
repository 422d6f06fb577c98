import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ArrDryRun, Section } from "@/lib/migration";

const labels: Record<Section, string> = {
  rootFolders: "Root folders → libraries",
  tags: "Tags",
  customFormats: "Custom formats",
  qualityProfiles: "Quality profiles",
  indexers: "Indexers",
  downloadClients: "Download clients",
  naming: "Naming",
  titles: "Titles",
  files: "Files",
  blocklist: "Blocklist",
};

/** The dry run: counts per section, then every item that needs a look (refused ones first). */
export function DryRunReport({ report }: { report: ArrDryRun }) {
  const sections = Object.keys(labels) as Section[];
  const listed = [...report.items].sort((a, b) => Number(b.action === "conflict") - Number(a.action === "conflict"));
  return (
    <div className="grid gap-4" data-testid="arr-dry-run">
      <p className="text-sm">
        {report.app === "radarr" ? "Radarr" : "Sonarr"} {report.version}: nothing has been written yet. Import creates
        what is marked “create”; “skip” is already in Mydia; “cannot” stays behind, with the reason.
      </p>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>What</TableHead>
            <TableHead className="px-1.5 text-right">Create</TableHead>
            <TableHead className="px-1.5 text-right">Skip</TableHead>
            <TableHead className="px-1.5 text-right">Cannot</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sections.map((section) => (
            <TableRow key={section}>
              <TableCell className="whitespace-normal">{labels[section]}</TableCell>
              <TableCell className="px-1.5 text-right tabular-nums">{report.summary[section].create}</TableCell>
              <TableCell className="px-1.5 text-right tabular-nums">{report.summary[section].skip}</TableCell>
              <TableCell className="px-1.5 text-right tabular-nums">{report.summary[section].conflict}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Every item ({listed.length})</summary>
        <ul className="mt-2 grid max-h-96 gap-1 overflow-y-auto text-sm">
          {listed.map((item, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-2 break-words">
              <Badge
                variant={
                  item.action === "conflict" ? "destructive" : item.action === "create" ? "success" : "secondary"
                }
              >
                {item.action === "conflict" ? "cannot" : item.action}
              </Badge>
              <span className="text-muted-foreground">{labels[item.section]}</span>
              <span className="min-w-0 break-all font-medium">{item.name}</span>
              {item.reason && <span className="text-muted-foreground">{item.reason}</span>}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
