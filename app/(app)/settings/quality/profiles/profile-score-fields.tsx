"use client";

import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { NumberField } from "@/components/forms/number-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ProfileValues } from "./profile-values";

/** One format's score; an empty box (or 0) leaves the format unscored. */
function ScoreInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (score: number) => void;
}) {
  const [text, setText] = useState(value === 0 ? "" : String(value));
  return (
    <div className="flex items-center justify-between gap-2">
      <Label htmlFor={id} className="min-w-0 truncate font-normal">
        {label}
      </Label>
      <Input
        id={id}
        type="number"
        inputMode="numeric"
        placeholder="0"
        className="w-28"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(Math.trunc(Number(e.target.value)) || 0);
        }}
      />
    </div>
  );
}

/** The custom-format thresholds of the profile and each format's score. */
export function ProfileScoreFields({ formats }: { formats: { id: string; name: string }[] }) {
  const { control } = useFormContext<ProfileValues>();
  const { field } = useController({ control, name: "formatScores" });
  const scores = field.value;
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 text-sm font-medium">Custom formats</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField<ProfileValues>
          name="minFormatScore"
          id="min-score"
          label="Minimum score"
          help="Releases below are rejected"
          inputMode="numeric"
        />
        <NumberField<ProfileValues>
          name="cutoffFormatScore"
          id="cutoff-score"
          label="Upgrade until score"
          inputMode="numeric"
        />
        <NumberField<ProfileValues>
          name="minUpgradeFormatScore"
          id="upgrade-score"
          label="Minimum upgrade"
          help="Score gain that counts as an upgrade"
          inputMode="numeric"
        />
      </div>
      {formats.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No custom formats yet: add or import some under Custom formats, then score them here.
        </p>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {formats.map((f) => (
            <ScoreInput
              key={f.id}
              id={`score-${f.id}`}
              label={f.name}
              value={scores[f.id] ?? 0}
              onChange={(score) => {
                const { [f.id]: _old, ...rest } = scores;
                field.onChange(score === 0 ? rest : { ...rest, [f.id]: score });
              }}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
