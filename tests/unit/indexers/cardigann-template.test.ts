import { describe, expect, it } from "vitest";
import { applyTemplate, TemplateError } from "@/lib/indexers/cardigann/template";

const data = {
  Keywords: "fight club",
  Categories: ["1", "5"],
  Config: { sort: "time", freeleech: ".True", off: null, "cat-id": "7", "2facode": "" },
  Query: { IMDBID: "tt0137523", IMDBIDShort: "0137523", Season: null, Ep: null, DoubanID: null },
  Today: { Year: "2026" },
  True: "True",
  False: null,
  Result: { title_a: "", title_b: "B" },
};

describe("Go template subset", () => {
  it("prints fields, with dashes and digits in names", () => {
    expect(applyTemplate("{{ .Keywords }}|{{ .Config.cat-id }}|{{ .Config.2facode }}|{{ .Today.Year }}", data)).toBe(
      "fight club|7||2026",
    );
  });

  it("evaluates if / else if / else with and, or, not, eq, ne", () => {
    expect(
      applyTemplate("{{ if .Query.IMDBID }}{{ .Query.IMDBIDShort }}{{ else }}{{ .Keywords }}{{ end }}", data),
    ).toBe("0137523");
    expect(
      applyTemplate(
        '{{ if and .Query.DoubanID (eq .Query.IMDBID .False) }}x{{ else if eq .Config.sort "time" }}sorted{{ else }}y{{ end }}',
        data,
      ),
    ).toBe("sorted");
    expect(
      applyTemplate(
        '{{ if or .Config.off .Config.freeleech }}free{{ end }}{{ if not .Config.off }}!{{ end }}{{ if ne .Config.sort "size" }}ne{{ end }}',
        data,
      ),
    ).toBe("free!ne");
    expect(applyTemplate("{{ if and (.Keywords) (eq .Config.off .False) }}both{{ else }}no{{ end }}", data)).toBe(
      "both",
    );
  });

  it("ranges over categories, joins, takes len, and runs re_replace", () => {
    expect(applyTemplate("{{ range .Categories }}cat{{.}}=1&{{end}}", data)).toBe("cat1=1&cat5=1&");
    expect(applyTemplate('{{ join .Categories "," }}', data)).toBe("1,5");
    expect(applyTemplate("{{ len .Categories }}", data)).toBe("2");
    expect(applyTemplate('{{ re_replace .Keywords "(.).*" "$1" }}', data)).toBe("f");
    expect(applyTemplate("{{ .Keywords | len }}", data)).toBe("10");
  });

  it("supports with, range else, and whitespace trimming", () => {
    expect(applyTemplate("{{ with .Result.title_b }}<{{ . }}>{{ else }}none{{ end }}", data)).toBe("<B>");
    expect(applyTemplate("{{ with .Result.title_a }}<{{ . }}>{{ else }}none{{ end }}", data)).toBe("none");
    expect(applyTemplate("{{ range .Query.Season }}x{{ else }}empty{{ end }}", data)).toBe("empty");
    expect(applyTemplate("a  {{- .Keywords -}}  b", data)).toBe("afight clubb");
  });

  it("tolerates a stray closing parenthesis (seen in 1337x) and escapes printed values on request", () => {
    expect(applyTemplate("{{ if and (.Keywords) (eq .Config.off .False)) }}ok{{ end }}", data)).toBe("ok");
    expect(applyTemplate("search/{{ .Keywords }}/", data, encodeURIComponent)).toBe("search/fight%20club/");
  });

  it("throws TemplateError on what it cannot parse", () => {
    expect(() => applyTemplate("{{ if .Keywords }}x", data)).toThrow(TemplateError);
    expect(() => applyTemplate("{{ frobnicate .Keywords }}", data)).toThrow(/unknown function/);
  });
});
