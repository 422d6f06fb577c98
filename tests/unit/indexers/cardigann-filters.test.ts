import { describe, expect, it } from "vitest";
import { parseFuzzyTime, parseGoLayout, parseTimeAgo, parseUnknownDate } from "@/lib/indexers/cardigann/dates";
import { applyFilters } from "@/lib/indexers/cardigann/filters";
import { selectJson, selectJsonRows } from "@/lib/indexers/cardigann/json-path";
import { parseSize } from "@/lib/indexers/cardigann/parse-util";
import type { FilterBlock } from "@/lib/indexers/cardigann/definition.schema";

const now = new Date("2026-03-01T12:00:00Z");
const ctx = { data: { Config: { sitelink: "https://site/" }, Keywords: "x" }, now };
const run = (value: string, ...filters: FilterBlock[]) => applyFilters(value, filters, ctx);

describe("Cardigann filters", () => {
  it("string filters", () => {
    expect(run(" a-b-c ", { name: "trim" }, { name: "split", args: ["-", -1] })).toBe("c");
    expect(
      run(
        "Hello",
        { name: "replace", args: ["l", "L"] },
        { name: "tolower" },
        { name: "append", args: "!" },
        { name: "prepend", args: ">" },
      ),
    ).toBe(">hello!");
    expect(run("S01E02 720p", { name: "re_replace", args: ["(?i)s(\\d+)e(\\d+)", "season $1 ep $2"] })).toBe(
      "season 01 ep 02 720p",
    );
    expect(run("size: 12 GB", { name: "regexp", args: "(\\d+) GB" })).toBe("12");
    expect(run("/dl.php?id=42&x=1", { name: "querystring", args: "id" })).toBe("42");
    expect(run("a%20b+c", { name: "urldecode" })).toBe("a b c");
    expect(run("a b&c", { name: "urlencode" })).toBe("a+b%26c");
    expect(run("&lt;b&gt; &amp; &#39;x&#x27;", { name: "htmldecode" })).toBe("<b> & 'x'");
    expect(run("Amélie à Paris", { name: "diacritics", args: "replace" })).toBe("Amelie a Paris");
    expect(run('a:b*c?"d"', { name: "validfilename" })).toBe("abcd");
    expect(run('{"tags":["x","y"]}', { name: "jsonjoinarray", args: ["$.tags", ", "] })).toBe("x, y");
    expect(run("1080p, French, English", { name: "validate", args: "english, french" })).toBe("french,english");
    expect(run("x", { name: "append", args: "{{ .Config.sitelink }}" })).toBe("xhttps://site/");
  });

  it("dates: Go layouts, relative, fuzzy and unknown formats", () => {
    expect(run("02/01/2006 15:04", { name: "dateparse", args: "02/01/2006 15:04" })).toBe("2006-01-02T15:04:00.000Z");
    expect(run("2021-03-2712:34:56 -07:00", { name: "dateparse", args: "yyyy-MM-ddHH:mm:ss zzz" })).toBe(
      "2021-03-27T19:34:56.000Z",
    );
    expect(run("Sat, 27 Mar 2021 12:34:56 +0100", { name: "dateparse", args: "ddd, dd MMM yyyy HH:mm:ss zzz" })).toBe(
      "2021-03-27T11:34:56.000Z",
    );
    expect(run("Mar 5 2024 03:07 PM", { name: "dateparse", args: "MMM d yyyy hh:mm tt" })).toBe(
      "2024-03-05T15:07:00.000Z",
    );
    expect(run("27-03-2021 18:34", { name: "dateparse", args: "d-MM-yyyy HH:mm" })).toBe("2021-03-27T18:34:00.000Z");
    expect(run("12:30 +08:00", { name: "timeparse", args: "HH:mm zzz" })).toBe("2026-03-01T04:30:00.000Z");
    expect(parseGoLayout("Mar 5, 2024 3:07 PM", "Jan 2, 2006 3:04 PM").toISOString()).toBe("2024-03-05T15:07:00.000Z");
    expect(parseGoLayout("2024-03-05T10:00:00+02:00", "2006-01-02T15:04:05Z07:00").toISOString()).toBe(
      "2024-03-05T08:00:00.000Z",
    );
    expect(parseTimeAgo("2 hours, 30 minutes ago", now).toISOString()).toBe("2026-03-01T09:30:00.000Z");
    expect(parseTimeAgo("an hour ago", now).toISOString()).toBe("2026-03-01T11:00:00.000Z");
    expect(parseFuzzyTime("Yesterday 18:45", now).toISOString()).toBe("2026-02-28T18:45:00.000Z");
    expect(parseUnknownDate("1700000000", now).toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(parseUnknownDate("24.12.2025 10:30", now).toISOString()).toBe("2025-12-24T10:30:00.000Z");
    expect(parseUnknownDate("2021-02-06T08:45:23.000000Z", now).toISOString()).toBe("2021-02-06T08:45:23.000Z");
    expect(parseUnknownDate("5 Jan 2024", now).toISOString()).toBe("2024-01-05T00:00:00.000Z");
  });

  it("sizes", () => {
    expect(parseSize("1.5 GB")).toBe(1610612736);
    expect(parseSize("700 MiB")).toBe(734003200);
    expect(parseSize("1,234.5 KB")).toBe(1264128);
    expect(parseSize("2,5 Go")).toBe(2684354560);
    expect(parseSize("123456")).toBe(123456);
  });
});

describe("JSON selectors", () => {
  const doc = {
    data: [
      { attributes: { name: "A 1080p", size: 1, poster: "a.jpg" } },
      { attributes: { name: "B 720p", size: 2, fake_att: true } },
    ],
    meta: { total: 2 },
  };
  it("paths, indexes and pseudo-classes", () => {
    expect(selectJson(doc, "meta.total")).toBe(2);
    expect(selectJson(doc, "data[1].attributes.name")).toBe("B 720p");
    expect(selectJsonRows(doc, "data:has(attributes.size):not(attributes.fake_att)")).toHaveLength(1);
    expect(selectJsonRows(doc, "data:has(attributes.name:contains(1080))")).toHaveLength(1);
    expect(selectJson({ name: "x DTS" }, "name:contains(DTS)")).toBe("x DTS");
    expect(selectJson({ name: "x" }, "name:not(:contains(DTS))")).toBe("x");
    expect(selectJson({ name: "x" }, "missing")).toBeUndefined();
  });
});
