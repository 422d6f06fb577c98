import type { QualitySize } from "@/lib/quality";

/** What the sizes form edits: every quality's limits, best first. */
export interface SizesValues {
  rows: QualitySize[];
}
