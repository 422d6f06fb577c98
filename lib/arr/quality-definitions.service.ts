import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { NotFoundError } from "@/lib/errors";
import { listQualitySizes, MAX_SIZE_PER_MINUTE, updateQualitySizes, type QualitySize } from "@/lib/quality";
import { QUALITIES } from "@/lib/release";
import type { Persona } from "./persona";
import { arrQualityOf, mydiaQualityId } from "./qualities";

/**
 * A definition's id is the persona's quality id + 1: stable, and never 0 (clients read 0 as "new").
 * Sizes are MB per minute in both Mydia and the *arr apps.
 */
const definitionId = (arrQualityId: number) => arrQualityId + 1;

function toArrDefinition(persona: Persona, size: QualitySize, weight: number) {
  const quality = arrQualityOf(persona, size.qualityId)!;
  return {
    id: definitionId(quality.id),
    quality: quality.resource,
    // The default title follows the persona's name ("Remux-1080p" on Radarr); a renamed one stays as named.
    title: size.title === size.name ? quality.name : size.title,
    weight,
    minSize: size.minSize,
    maxSize: size.maxSize,
    preferredSize: size.preferredSize,
  };
}

export async function listArrQualityDefinitions(actor: Actor, persona: Persona) {
  const sizes = (await listQualitySizes(actor)).filter((s) => arrQualityOf(persona, s.qualityId));
  return sizes.map((s, index) => toArrDefinition(persona, s, index + 1));
}

export async function getArrQualityDefinition(actor: Actor, persona: Persona, id: number) {
  const found = (await listArrQualityDefinitions(actor, persona)).find((d) => d.id === id);
  if (!found) throw new NotFoundError(`No quality definition with id ${id}`);
  return found;
}

const size = z.number().nullish();
/** QualityDefinitionResource as clients send it (Recyclarr sends the GET list back with new sizes). */
export const arrQualityDefinitionBody = z.object({
  id: z.number().int(),
  quality: z.object({ id: z.number().int(), name: z.string().nullish() }).nullish(),
  title: z.string().nullish(),
  minSize: size,
  maxSize: size,
  preferredSize: size,
});
export type ArrQualityDefinitionBody = z.output<typeof arrQualityDefinitionBody>;

/** Mydia's size rows for the definitions sent; the quality comes from the definition id (the quality object is optional). */
async function saveDefinitions(actor: Actor, persona: Persona, bodies: readonly ArrQualityDefinitionBody[]) {
  const rows = bodies.map((d) => {
    const qualityId = mydiaQualityId(persona, d.quality?.id ?? d.id - 1, "id");
    const quality = arrQualityOf(persona, qualityId)!;
    const title = d.title?.trim();
    return {
      qualityId,
      ...(title ? { title: title === quality.name ? QUALITY_NAME(qualityId) : title } : {}),
      minSize: d.minSize ?? 0,
      preferredSize: d.preferredSize ?? null,
      maxSize: d.maxSize ?? null,
    };
  });
  await updateQualitySizes(actor, rows);
}
const QUALITY_NAME = (mydiaId: number) => QUALITIES.find((q) => q.id === mydiaId)!.name;

export async function updateArrQualityDefinition(
  actor: Actor,
  persona: Persona,
  id: number,
  body: ArrQualityDefinitionBody,
) {
  await getArrQualityDefinition(actor, persona, id);
  await saveDefinitions(actor, persona, [{ ...body, id }]);
  return getArrQualityDefinition(actor, persona, id);
}

export async function updateArrQualityDefinitions(
  actor: Actor,
  persona: Persona,
  bodies: readonly ArrQualityDefinitionBody[],
) {
  await saveDefinitions(actor, persona, bodies);
  return listArrQualityDefinitions(actor, persona);
}

/** The range the size sliders take; Recyclarr clamps TRaSH's sizes to it. */
export const arrQualityDefinitionLimits = () => ({ min: 0, max: MAX_SIZE_PER_MINUTE });
