import type { Library } from "@/lib/library";

/** The import modes as the library forms offer them. */
export const importModeOptions: readonly { value: Library["importMode"]; label: string }[] = [
  { value: "hardlink", label: "Hardlink (copy when on another drive)" },
  { value: "copy", label: "Copy" },
  { value: "move", label: "Move" },
];
