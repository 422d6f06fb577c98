import type { Metadata } from "next";
import { requirePageActor } from "@/lib/accounts/next";
import { exportFormat, listCustomFormats } from "@/lib/quality";
import { FormatsEditor } from "./formats-editor";

export const metadata: Metadata = { title: "Custom formats" };

export default async function CustomFormatsPage() {
  const actor = await requirePageActor("admin");
  const formats = await listCustomFormats(actor);
  return (
    <FormatsEditor
      formats={formats.map((f) => ({
        id: f.id,
        name: f.name,
        summary: f.conditions.map((c) => `${c.required ? "must " : ""}${c.negate ? "not " : ""}${c.name || c.type}`),
        json: JSON.stringify(exportFormat(f), null, 2),
      }))}
    />
  );
}
