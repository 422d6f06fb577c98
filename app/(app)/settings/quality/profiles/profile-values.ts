import type { QualityProfile } from "@/lib/quality";

/** What the profile form edits: a stored profile without its id. */
export type ProfileValues = Omit<QualityProfile, "id">;
