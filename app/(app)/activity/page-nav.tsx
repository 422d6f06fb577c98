import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Newer/Older between the pages of an Activity list (newest first). */
export function PageNav({
  label,
  page,
  pages,
  href,
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={href(page - 1)}>Newer</Link>
        </Button>
      ) : (
        <Button variant="outline" size="sm" disabled>
          Newer
        </Button>
      )}
      <span className="text-muted-foreground">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={href(page + 1)}>Older</Link>
        </Button>
      ) : (
        <Button variant="outline" size="sm" disabled>
          Older
        </Button>
      )}
    </nav>
  );
}
