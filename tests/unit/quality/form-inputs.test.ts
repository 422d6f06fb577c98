import { describe, expect, it } from "vitest";
import { defaultQualitySizes } from "@/lib/quality";
import { formatJsonForm, importFormatsForm } from "@/lib/quality/format.input";
import { qualitySizesForm } from "@/lib/quality/size.input";

/** The quality forms' schemas: what the browser checks before an action is sent. */
describe("quality form inputs", () => {
  it("a format form reads its JSON text, and says where the text is not JSON", () => {
    expect(formatJsonForm.parse({ json: ' {"name": "x265"} ' })).toEqual({ json: { name: "x265" } });
    const refused = formatJsonForm.safeParse({ json: '{"name": ' });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message.startsWith("Not JSON: ")])).toEqual([
      ["json", true],
    ]);
    expect(formatJsonForm.safeParse({ json: "  " }).error?.issues[0]?.message).toBe("Paste a custom format as JSON");
    expect(importFormatsForm.parse({ json: "[]", replace: true })).toEqual({ json: [], replace: true });
  });

  it("the sizes form accepts the stored rows as they are and names the row and limit it refuses", () => {
    const rows = defaultQualitySizes();
    expect(qualitySizesForm.safeParse({ rows }).success).toBe(true);
    rows[3] = { ...rows[3], minSize: 50, preferredSize: 10 };
    expect(qualitySizesForm.safeParse({ rows }).error?.issues).toEqual([
      expect.objectContaining({
        path: ["rows", 3, "preferredSize"],
        message: "Preferred must be at least the minimum",
      }),
    ]);
  });
});
