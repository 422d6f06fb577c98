/** Number and size parsing as Cardigann expects it (Jackett/Prowlarr ParseUtil). */
export function normalizeSpace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, " ").trim();
}

/** "1,234.5", "1.234,5", "1 234" → 1234.5 / 1234.5 / 1234. */
export function normalizeNumber(value: string): string {
  let s = value.replace(/[^\d.,-]/g, "");
  if (s.includes(",") && s.includes(".")) {
    s = s.lastIndexOf(",") < s.lastIndexOf(".") ? s.replace(/,/g, "") : s.replace(/\./g, "").replace(",", ".");
  } else if (s.includes(",")) {
    s = /^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if ((s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, "");
  }
  return s;
}

export function coerceFloat(value: string): number | null {
  const n = Number.parseFloat(normalizeNumber(value));
  return Number.isFinite(n) ? n : null;
}

export function coerceInt(value: string): number | null {
  const n = coerceFloat(value);
  return n === null ? null : Math.trunc(n);
}

const SIZE_UNITS: [RegExp, number][] = [
  [/^(t|tb|tib|to|тб)$/i, 1024 ** 4],
  [/^(g|gb|gib|go|гб)$/i, 1024 ** 3],
  [/^(m|mb|mib|mo|мб)$/i, 1024 ** 2],
  [/^(k|kb|kib|ko|кб)$/i, 1024],
];

/** "1.5 GB", "700MiB", "1,2 Go", "123456" → bytes. */
export function parseSize(value: string): number | null {
  const text = normalizeSpace(value);
  const match = text.match(/([\d.,]+)\s*([A-Za-zА-Яа-я]*)/);
  if (!match) return null;
  const amount = coerceFloat(match[1]);
  if (amount === null) return null;
  const unit = match[2];
  const factor = SIZE_UNITS.find(([re]) => re.test(unit))?.[1] ?? 1;
  return Math.round(amount * factor);
}
