"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import type { ProfileValues } from "./profile-values";

const LANGUAGES = [
  "English",
  "French",
  "German",
  "Spanish",
  "Italian",
  "Dutch",
  "Japanese",
  "Korean",
  "Chinese",
  "Russian",
  "Portuguese",
  "PortugueseBrazil",
  "Polish",
  "Swedish",
  "Danish",
  "Norwegian",
  "Finnish",
  "Hindi",
];
const languageOptions = [
  { value: "any", label: "Any" },
  { value: "original", label: "Original language" },
  ...LANGUAGES.map((l) => ({ value: l, label: l })),
];

/** Name, upgrades, the cutoff (one of the allowed qualities) and the wanted language. */
export function ProfileGeneralFields() {
  const { control } = useFormContext<ProfileValues>();
  const [items, upgradeAllowed] = useWatch({ control, name: ["items", "upgradeAllowed"] });
  return (
    <>
      <TextField<ProfileValues> name="name" id="profile-name" label="Name" />
      <div className="grid gap-1 rounded-md border p-3">
        <SwitchField<ProfileValues> name="upgradeAllowed" id="profile-upgrades" label="Upgrades allowed" />
        <p className="text-xs text-muted-foreground">Replace files with better releases until the cutoff is reached.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField<ProfileValues>
          name="cutoff"
          id="profile-cutoff"
          label="Upgrade until"
          options={items.filter((i) => i.allowed).map((i) => ({ value: i.id, label: i.name }))}
          placeholder="Allow a quality first"
          disabled={!upgradeAllowed}
        />
        <SelectField<ProfileValues> name="language" id="profile-language" label="Language" options={languageOptions} />
      </div>
    </>
  );
}
