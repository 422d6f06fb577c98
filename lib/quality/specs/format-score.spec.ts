import { accept, reject, type Spec } from "../spec";

/** The custom-format score reaches the profile's minimum. */
export const formatScoreMinimum: Spec = {
  name: "custom-format-score",
  stage: 0,
  check(e, ctx) {
    const minimum = ctx.profile.minFormatScore;
    if (e.formatScore >= minimum) return accept;
    const matched =
      e.formats.length > 0
        ? e.formats.map((f) => `${f.name} ${f.score >= 0 ? "+" : ""}${f.score}`).join(", ")
        : "no formats";
    return reject(`Custom-format score ${e.formatScore} (${matched}) is below the profile's minimum of ${minimum}`);
  },
};
