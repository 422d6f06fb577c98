import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { exportFormat, importFormats, type CustomFormat } from "@/lib/quality";
import type { Persona } from "./persona";

interface FieldTemplate {
  name: string;
  label: string;
  type: "textbox" | "select" | "number" | "checkbox";
  value: unknown;
}
interface Implementation {
  implementation: string;
  implementationName: string;
  personas: readonly Persona[];
  fields: FieldTemplate[];
}

const text = (label: string): FieldTemplate[] => [{ name: "value", label, type: "textbox", value: "" }];
const select = (label: string, value: unknown = 0): FieldTemplate[] => [
  { name: "value", label, type: "select", value },
];
const both: readonly Persona[] = ["radarr", "sonarr"];

/** The specifications Mydia's custom formats can express (lib/quality's conditions), as the *arr apps name them. */
const IMPLEMENTATIONS: Implementation[] = [
  {
    implementation: "ReleaseTitleSpecification",
    implementationName: "Release Title",
    personas: both,
    fields: text("Regular Expression"),
  },
  {
    implementation: "LanguageSpecification",
    implementationName: "Language",
    personas: both,
    fields: [
      ...select("Language", 1),
      { name: "exceptLanguage", label: "Except Language", type: "checkbox", value: false },
    ],
  },
  {
    implementation: "IndexerFlagSpecification",
    implementationName: "Indexer Flag",
    personas: both,
    fields: select("Flag", 1),
  },
  { implementation: "SourceSpecification", implementationName: "Source", personas: both, fields: select("Source") },
  {
    implementation: "ResolutionSpecification",
    implementationName: "Resolution",
    personas: both,
    fields: select("Resolution"),
  },
  {
    implementation: "QualityModifierSpecification",
    implementationName: "Quality Modifier",
    personas: ["radarr"],
    fields: select("Quality Modifier"),
  },
  {
    implementation: "SizeSpecification",
    implementationName: "Size",
    personas: both,
    fields: [
      { name: "min", label: "Minimum Size", type: "number", value: 0 },
      { name: "max", label: "Maximum Size", type: "number", value: 0 },
    ],
  },
  {
    implementation: "ReleaseGroupSpecification",
    implementationName: "Release Group",
    personas: both,
    fields: text("Regular Expression"),
  },
  {
    implementation: "EditionSpecification",
    implementationName: "Edition",
    personas: ["radarr"],
    fields: text("Regular Expression"),
  },
  {
    implementation: "YearSpecification",
    implementationName: "Year",
    personas: ["radarr"],
    fields: [
      { name: "min", label: "Minimum Year", type: "number", value: 0 },
      { name: "max", label: "Maximum Year", type: "number", value: 0 },
    ],
  },
  {
    implementation: "ReleaseTypeSpecification",
    implementationName: "Release Type",
    personas: ["sonarr"],
    fields: select("Release Type"),
  },
];
const BY_IMPLEMENTATION = new Map(IMPLEMENTATIONS.map((i) => [i.implementation, i]));

function fieldsOut(templates: readonly FieldTemplate[], values: Record<string, unknown>) {
  return templates.map((t, order) => ({
    order,
    name: t.name,
    label: t.label,
    value: t.name in values ? values[t.name] : t.value,
    type: t.type,
    advanced: false,
    privacy: "normal" as const,
    isFloat: t.type === "number",
  }));
}

/** Mydia's custom format as CustomFormatResource, in the persona's numbering of sources, flags and languages. */
export function toArrCustomFormat(persona: Persona, format: CustomFormat, id: number) {
  const exported = exportFormat(format, persona);
  return {
    id,
    name: exported.name,
    includeCustomFormatWhenRenaming: exported.includeCustomFormatWhenRenaming,
    specifications: exported.specifications.map((s) => {
      const template = BY_IMPLEMENTATION.get(s.implementation)!;
      return {
        name: s.name,
        implementation: s.implementation,
        implementationName: template.implementationName,
        infoLink: "https://wiki.servarr.com/radarr/settings#custom-formats-2",
        negate: s.negate,
        required: s.required,
        fields: fieldsOut(template.fields, s.fields),
      };
    }),
  };
}

/** The specification templates a client offers when adding a condition (`customformat/schema`). */
export function arrCustomFormatSchema(persona: Persona) {
  return IMPLEMENTATIONS.filter((i) => i.personas.includes(persona)).map((i) => ({
    implementation: i.implementation,
    implementationName: i.implementationName,
    infoLink: "https://wiki.servarr.com/radarr/settings#custom-formats-2",
    negate: false,
    required: false,
    fields: fieldsOut(i.fields, {}),
    presets: [],
  }));
}

/** CustomFormatResource as clients send it; `specifications` are read by lib/quality's TRaSH reader. */
export const arrCustomFormatBody = z.object({
  id: z.number().int().optional(),
  name: z.string().trim().min(1, "Give the format a name"),
  includeCustomFormatWhenRenaming: z.boolean().nullish(),
  specifications: z.array(z.unknown()).min(1, "Add at least one condition"),
});
export type ArrCustomFormatBody = z.output<typeof arrCustomFormatBody>;

/**
 * The format a client sent as Mydia's format input. A specification Mydia cannot evaluate is refused
 * (400 naming it), never dropped: a format missing a condition would match releases it should not.
 */
export function fromArrCustomFormat(persona: Persona, body: ArrCustomFormatBody) {
  const [format] = importFormats(
    { ...body, includeCustomFormatWhenRenaming: body.includeCustomFormatWhenRenaming ?? false },
    persona,
  ).map((f) => ({ name: f.name, includeWhenRenaming: f.includeWhenRenaming, conditions: f.conditions }));
  if (!format) throw new ValidationError("Not a custom format", { fields: { specifications: "Not a custom format" } });
  return format;
}
