import type { Revision } from "../types";

const PROPER = /\bproper\b/i;
const REPACK = /\b(?:repack|rerip)(\d)?\b/i;
const VERSION = /(?:\dp?[-._ ]?|\[)v(\d)(?=$|[-._ \])[])/i;
// REAL is only meaningful in capitals ("REAL.PROPER"); "Real" is usually a word of the title.
const REAL = /\bREAL\b/g;

export function parseRevision(name: string): Revision {
  let version = 1;
  const proper = PROPER.test(name);
  if (proper) version = 2;
  const repack = REPACK.exec(name);
  if (repack) version = Math.max(version, repack[1] ? Number(repack[1]) + 1 : 2);
  const v = VERSION.exec(name);
  if (v) version = Math.max(version, Number(v[1]));
  const real = name.match(REAL)?.length ?? 0;
  return { version, real, repack: repack !== null, proper };
}
