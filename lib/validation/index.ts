export { applyPatch, patchSchemaOf, type PatchShape } from "./patch-schema";
