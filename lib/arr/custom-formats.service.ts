import type { Actor } from "@/lib/accounts";
import {
  createCustomFormat,
  deleteCustomFormat,
  getCustomFormat,
  listCustomFormats,
  updateCustomFormat,
} from "@/lib/quality";
import { arrIdOf, arrIdsOf, entityIdOf } from "./ids";
import type { Persona } from "./persona";
import { fromArrCustomFormat, toArrCustomFormat, type ArrCustomFormatBody } from "./customformat.mapper";

export async function listArrCustomFormats(actor: Actor, persona: Persona) {
  const formats = await listCustomFormats(actor);
  const ids = await arrIdsOf(
    "customformat",
    formats.map((f) => f.id),
  );
  return formats.map((f) => toArrCustomFormat(persona, f, ids.get(f.id)!));
}

export async function getArrCustomFormat(actor: Actor, persona: Persona, id: number) {
  return toArrCustomFormat(persona, await getCustomFormat(actor, await entityIdOf("customformat", id)), id);
}

export async function createArrCustomFormat(actor: Actor, persona: Persona, body: ArrCustomFormatBody) {
  const created = await createCustomFormat(actor, fromArrCustomFormat(persona, body));
  return toArrCustomFormat(persona, created, await arrIdOf("customformat", created.id));
}

export async function updateArrCustomFormat(actor: Actor, persona: Persona, id: number, body: ArrCustomFormatBody) {
  const updated = await updateCustomFormat(
    actor,
    await entityIdOf("customformat", id),
    fromArrCustomFormat(persona, body),
  );
  return toArrCustomFormat(persona, updated, id);
}

export async function deleteArrCustomFormat(actor: Actor, id: number): Promise<void> {
  await deleteCustomFormat(actor, await entityIdOf("customformat", id));
}
