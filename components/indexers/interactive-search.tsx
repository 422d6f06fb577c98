"use client";

import { Search } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { SearchSubject } from "@/lib/indexers";
import { ReleaseSearch } from "./release-search";

/** Searching every indexer costs requests against their limits: it starts only when asked. */
export function InteractiveSearch({ subject, label = "Search indexers" }: { subject: SearchSubject; label?: string }) {
  const [open, setOpen] = useState(false);
  if (open) return <ReleaseSearch subject={subject} />;
  return (
    <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
      <Search aria-hidden /> {label}
    </Button>
  );
}
