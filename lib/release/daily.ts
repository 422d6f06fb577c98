import type { Marker } from "./marker";

const YMD = /(?<![0-9])(19\d{2}|20\d{2})([-._ ]?)(\d{2})\2(\d{2})(?![0-9])/g;
const DMY = /(?<![0-9])(\d{2})([-._ ])(\d{2})\2(19\d{2}|20\d{2})(?![0-9])/g;
const YYMMDD = /(?<![0-9a-z])(\d{2})(\d{2})(\d{2})(?![0-9a-z])/gi;
const WORDS =
  /(?<![0-9])(\d{1,2})(?:st|nd|rd|th)?[ .-](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ .-](\d{4})(?![0-9])/gi;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAILY_PART = /[ ._-]?Part[ ._]?(\d)(?![0-9])/iy;
// Sonarr's floor: older "dates" are nearly always something else (years in titles, catalogue numbers).
const EARLIEST_YEAR = 1951;

function validDate(y: number, m: number, d: number, now: number): string | null {
  if (y < EARLIEST_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  const t = Date.UTC(y, m - 1, d);
  if (t > now + 86_400_000) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function insideParens(s: string, index: number): boolean {
  const open = s.lastIndexOf("(", index);
  return open >= 0 && s.indexOf(")", open) > index && s.lastIndexOf(")", index) < open;
}

function push(
  out: Marker[],
  s: string,
  start: number,
  end: number,
  airDate: string,
  strength: 0 | 1 | 2,
  ambiguous = false,
): void {
  const marker: Marker = {
    type: "daily",
    strength: insideParens(s, start) ? 0 : strength,
    start,
    end,
    airDate,
    episodes: [],
    ambiguousDate: ambiguous,
  };
  DAILY_PART.lastIndex = end;
  const part = DAILY_PART.exec(s);
  if (part) marker.dailyPart = Number(part[1]);
  out.push(marker);
}

export function findDates(s: string, out: Marker[], now: number): void {
  YMD.lastIndex = 0;
  for (let m = YMD.exec(s); m; m = YMD.exec(s)) {
    const y = Number(m[1]);
    let mo = Number(m[3]);
    let d = Number(m[4]);
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    const date = validDate(y, mo, d, now);
    if (date) push(out, s, m.index, m.index + m[0].length, date, 2);
  }
  DMY.lastIndex = 0;
  for (let m = DMY.exec(s); m; m = DMY.exec(s)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // 04.28.2014 is month first; 30-04-2024 day first; 05-06-2024 cannot be told apart.
    const date = a > 12 ? validDate(y, b, a, now) : b > 12 ? validDate(y, a, b, now) : validDate(y, b, a, now);
    if (date) push(out, s, m.index, m.index + m[0].length, date, 2, a <= 12 && b <= 12 && a !== b);
  }
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(s); m; m = WORDS.exec(s)) {
    const date = validDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase().slice(0, 3)) + 1, Number(m[1]), now);
    if (date) push(out, s, m.index, m.index + m[0].length, date, 2);
  }
  YYMMDD.lastIndex = 0;
  for (let m = YYMMDD.exec(s); m; m = YYMMDD.exec(s)) {
    const yy = Number(m[1]);
    const year = yy + (yy <= (new Date(now).getUTCFullYear() % 100) + 1 ? 2000 : 1900);
    const date = validDate(year, Number(m[2]), Number(m[3]), now);
    if (date) push(out, s, m.index, m.index + m[0].length, date, 1);
  }
}
