import { releaseLanguages } from "../formats";
import { accept, reject, type Spec } from "../spec";

/** The profile's language: any, the original language, or one language. */
export const language: Spec = {
  name: "language",
  stage: 0,
  check(e, ctx) {
    const wanted = ctx.profile.language;
    if (wanted === "any") return accept;
    if (wanted === "original") {
      const original = ctx.target.originalLanguage;
      if (original === null || e.release.languages.length === 0) return accept;
      return e.release.languages.includes(original) || e.release.languages.includes("Original")
        ? accept
        : reject(`In ${e.release.languages.join(", ")}, not the original language (${original})`);
    }
    const langs = releaseLanguages(e.release);
    return langs.some((l) => l.toLowerCase() === wanted.toLowerCase())
      ? accept
      : reject(`In ${langs.join(", ")}; the profile wants ${wanted}`);
  },
};
