import type { Actor } from "@/lib/accounts";
import { ValidationError } from "@/lib/errors";
import { readAutomationSettings, updateAutomationSettings } from "@/lib/automation";
import { defaultNaming, listLibraries, updateLibrary, type Library } from "@/lib/library";
import {
  arrMediaManagementBody,
  fromArrMediaManagement,
  toArrMediaManagement,
  type LibrarySide,
} from "./mediamanagement.mapper";
import { fromArrNaming, toArrNaming, type ArrNamingBody } from "./naming.mapper";
import type { Persona } from "./persona";
import type { z } from "zod";

/**
 * Propers and repacks are one automation setting for movies and series: a change through either persona
 * is seen by both.
 *
 * Radarr and Sonarr have one naming and media-management configuration; Mydia keeps them per library.
 * A persona shows its first library of its kind (movies for Radarr, series for Sonarr) and a change
 * applies to all of them.
 */
async function librariesOf(actor: Actor, persona: Persona): Promise<Library[]> {
  const kind = persona === "radarr" ? "movie" : "tv";
  return (await listLibraries(actor)).filter((l) => l.kind === kind);
}

function requireLibraries(persona: Persona, libraries: Library[]): void {
  if (libraries.length === 0)
    throw new ValidationError(`Add a ${persona === "radarr" ? "movie" : "series"} library first`, {
      fields: { id: "Mydia keeps naming and media management per library, and there is none of this kind yet" },
    });
}

export async function getArrNaming(actor: Actor, persona: Persona) {
  const [first] = await librariesOf(actor, persona);
  return toArrNaming(persona, first?.naming ?? defaultNaming());
}

export async function updateArrNaming(actor: Actor, persona: Persona, body: ArrNamingBody) {
  const libraries = await librariesOf(actor, persona);
  requireLibraries(persona, libraries);
  const change = fromArrNaming(persona, body, libraries[0].naming);
  for (const library of libraries) await updateLibrary(actor, library.id, { naming: change });
  return getArrNaming(actor, persona);
}

const sideOf = async (library: Library | undefined): Promise<LibrarySide> => ({
  path: library?.path ?? null,
  importMode: library?.importMode ?? "hardlink",
  recycleDays: library?.recycleDays ?? 7,
  propers: (await readAutomationSettings()).propersAndRepacks,
});

export async function getArrMediaManagement(actor: Actor, persona: Persona) {
  const [first] = await librariesOf(actor, persona);
  return toArrMediaManagement(persona, await sideOf(first));
}

export async function updateArrMediaManagement(
  actor: Actor,
  persona: Persona,
  body: z.output<typeof arrMediaManagementBody>,
) {
  const libraries = await librariesOf(actor, persona);
  requireLibraries(persona, libraries);
  const { propersAndRepacks, ...libraryChange } = fromArrMediaManagement(persona, body, await sideOf(libraries[0]));
  if (propersAndRepacks) await updateAutomationSettings(actor, { propersAndRepacks });
  for (const library of libraries) await updateLibrary(actor, library.id, libraryChange);
  return getArrMediaManagement(actor, persona);
}
