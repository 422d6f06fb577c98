import type { Actor } from "@/lib/accounts";
import { qualityProfileInUse } from "@/lib/library";
import {
  createQualityProfile,
  defaultQualityProfiles,
  deleteQualityProfile,
  getQualityProfile,
  listCustomFormats,
  listQualityProfiles,
  updateQualityProfile,
} from "@/lib/quality";
import { arrIdOf, arrIdsOf, entityIdOf } from "./ids";
import type { Persona } from "./persona";
import {
  fromArrQualityProfile,
  toArrQualityProfile,
  type ArrFormatRef,
  type ArrQualityProfileBody,
} from "./qualityprofile.mapper";

/** Every custom format with its integer id, for formatItems. */
export async function formatRefs(actor: Actor): Promise<ArrFormatRef[]> {
  const formats = await listCustomFormats(actor);
  const ids = await arrIdsOf(
    "customformat",
    formats.map((f) => f.id),
  );
  return formats.map((f) => ({ id: ids.get(f.id)!, mydiaId: f.id, name: f.name }));
}

const formatLookup = (refs: readonly ArrFormatRef[]) => {
  const byArrId = new Map(refs.map((f) => [f.id, f.mydiaId]));
  return (arrId: number) => byArrId.get(arrId);
};

export async function listArrQualityProfiles(actor: Actor, persona: Persona) {
  const [profiles, formats] = await Promise.all([listQualityProfiles(actor), formatRefs(actor)]);
  const ids = await arrIdsOf(
    "qualityprofile",
    profiles.map((p) => p.id),
  );
  return profiles.map((p) => toArrQualityProfile(persona, p, ids.get(p.id)!, formats));
}

export async function getArrQualityProfile(actor: Actor, persona: Persona, id: number) {
  const profile = await getQualityProfile(actor, await entityIdOf("qualityprofile", id));
  return toArrQualityProfile(persona, profile, id, await formatRefs(actor));
}

export async function createArrQualityProfile(actor: Actor, persona: Persona, body: ArrQualityProfileBody) {
  const formats = await formatRefs(actor);
  const created = await createQualityProfile(actor, fromArrQualityProfile(persona, body, null, formatLookup(formats)));
  return toArrQualityProfile(persona, created, await arrIdOf("qualityprofile", created.id), formats);
}

export async function updateArrQualityProfile(actor: Actor, persona: Persona, id: number, body: ArrQualityProfileBody) {
  const current = await getQualityProfile(actor, await entityIdOf("qualityprofile", id));
  const formats = await formatRefs(actor);
  const input = fromArrQualityProfile(persona, body, current, formatLookup(formats));
  const updated = await updateQualityProfile(actor, current.id, input);
  return toArrQualityProfile(persona, updated, id, formats);
}

export async function deleteArrQualityProfile(actor: Actor, id: number): Promise<void> {
  await deleteQualityProfile(actor, await entityIdOf("qualityprofile", id), qualityProfileInUse);
}

/** The template a new profile starts from: every quality (and Mydia's WEB groups), none allowed yet. */
export async function arrQualityProfileSchema(actor: Actor, persona: Persona) {
  const [template] = defaultQualityProfiles();
  const profile = {
    ...template,
    name: "",
    upgradeAllowed: false,
    items: template.items.map((item) => ({ ...item, allowed: false })),
  };
  const shape = toArrQualityProfile(persona, profile, 0, await formatRefs(actor));
  const { id: _id, ...rest } = shape;
  return rest;
}
