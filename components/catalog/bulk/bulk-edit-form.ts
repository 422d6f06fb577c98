import { z } from "zod";
import { bulkChangesInput } from "@/lib/catalog/bulk-edit.input";
import type { BulkKind } from "./selection";

/** A select left at "No change". */
export const KEEP = "";

const select = z.string();
const tagModes = z.enum([KEEP, "add", "remove", "replace"]);

/**
 * The Bulk edit dialog's values: each select is "No change" or a value, plus a tag mode and its tags.
 * They become the changes the server parses, checked here with the same schema (bulkChangesInput).
 */
export const bulkEditForm = (kind: BulkKind) =>
  z
    .object({
      monitored: select,
      monitor: select,
      qualityProfileId: select,
      libraryId: select,
      minimumAvailability: select,
      seriesType: select,
      tagMode: tagModes,
      tags: z.array(z.string()),
    })
    .transform(({ tagMode, tags, ...selects }, ctx) => {
      const changes = Object.fromEntries(
        Object.entries(selects)
          .filter(([, value]) => value !== KEEP)
          .map(([key, value]) => [key, key === "monitored" ? value === "true" : value]),
      );
      const tagChange = tagMode !== KEEP && (tags.length > 0 || tagMode === "replace");
      const parsed = bulkChangesInput[kind].safeParse({
        changes,
        ...(tagChange ? { tags: { mode: tagMode, values: tags } } : {}),
      });
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues)
        ctx.addIssue({
          code: "custom",
          message: issue.message,
          // changes.monitor is the "monitor" select; tags.values the tags box.
          path: [issue.path[0] === "changes" ? String(issue.path[1] ?? "monitored") : "tags"],
        });
      return z.NEVER;
    });

export type BulkEditValues = z.input<ReturnType<typeof bulkEditForm>>;

export const emptyBulkEdit: BulkEditValues = {
  monitored: KEEP,
  monitor: KEEP,
  qualityProfileId: KEEP,
  libraryId: KEEP,
  minimumAvailability: KEEP,
  seriesType: KEEP,
  tagMode: KEEP,
  tags: [],
};
