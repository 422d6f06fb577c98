import { QUALITIES } from "@/lib/release";

const names = new Map(QUALITIES.map((q) => [q.id, q.name]));

/** The quality list's name for an id ("Bluray-1080p"). */
export const qualityById = (id: number): string => names.get(id) ?? "Unknown";
