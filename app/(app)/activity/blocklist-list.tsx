"use client";

import { Undo2 } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import type { BlocklistItem } from "@/lib/downloads";
import { removeFromBlocklistAction } from "./actions";
import { formatWhen } from "./format";

export function BlocklistList({ items, canManage }: { items: BlocklistItem[]; canManage: boolean }) {
  async function allow(item: BlocklistItem) {
    if (!window.confirm(`Allow "${item.title}" to be grabbed again?`)) return;
    const result = await removeFromBlocklistAction(item.id);
    if (!result.ok) toast.error(result.error);
    else toast.success("Removed from the blocklist");
  }
  return (
    <ul className="grid grid-cols-[minmax(0,1fr)] gap-3" aria-label="Blocklist">
      {items.map((item) => (
        <li key={item.id}>
          <Card>
            <CardContent className="flex items-start gap-2 py-4">
              <div className="min-w-0 flex-1">
                <p className="[overflow-wrap:anywhere] font-medium">{item.title}</p>
                <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                  <Badge variant="outline">{item.protocol}</Badge>
                  {item.indexerName && <span>{item.indexerName} ·</span>}
                  <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>
                  {item.expiresAt && <span>· until {formatWhen(item.expiresAt)}</span>}
                </div>
                <p className="mt-2 text-sm [overflow-wrap:anywhere] text-muted-foreground">{item.reason}</p>
              </div>
              {canManage && (
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => void allow(item)}
                  aria-label={`Allow ${item.title} again`}
                >
                  <Undo2 className="size-4" /> <span className="hidden sm:inline">Allow again</span>
                </Button>
              )}
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
