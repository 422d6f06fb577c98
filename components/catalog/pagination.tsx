import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Server-side paging links that keep the other query parameters. */
export function Pagination({
  basePath,
  params,
  page,
  pageSize,
  total,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "page") query.set(k, v);
    if (p > 1) query.set("page", String(p));
    const s = query.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-center gap-2">
      <Button
        asChild
        variant="outline"
        size="sm"
        aria-disabled={page <= 1}
        className={page <= 1 ? "pointer-events-none opacity-50" : undefined}
      >
        <Link href={href(Math.max(1, page - 1))} prefetch={false}>
          <ChevronLeft aria-hidden /> Previous
        </Link>
      </Button>
      <span className="px-2 text-sm text-muted-foreground tabular-nums">
        Page {page} of {pages}
      </span>
      <Button
        asChild
        variant="outline"
        size="sm"
        aria-disabled={page >= pages}
        className={page >= pages ? "pointer-events-none opacity-50" : undefined}
      >
        <Link href={href(Math.min(pages, page + 1))} prefetch={false}>
          Next <ChevronRight aria-hidden />
        </Link>
      </Button>
    </nav>
  );
}
