"use client";

import { useEffect, useState } from "react";
import { formatRelative } from "@/components/format";

/**
 * "in 2 minutes", "3 hours ago" for a client component. The server and the browser render at different
 * moments, so their texts may differ by a second or a minute: the first render is allowed to differ
 * (suppressHydrationWarning on this one text node), then the browser's clock takes over and ticks.
 */
export function RelativeTime({ iso, className, title }: { iso: string | null; className?: string; title?: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  if (!iso) return <span className={className}>never</span>;
  return (
    <time dateTime={iso} className={className} title={title ?? iso} suppressHydrationWarning>
      {formatRelative(iso, now ?? undefined)}
    </time>
  );
}
