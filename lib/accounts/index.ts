export { roles, can, capabilities, capabilitiesOf, roleLabels, type Capability, type Role } from "./roles";
export { assertCan, actorId, systemActor, type Actor } from "./actor";
export {
  authenticate,
  changeOwnPassword,
  changeRole,
  createFirstAdmin,
  createUser,
  deleteUser,
  getUser,
  listUsers,
  needsSetup,
  resetPassword,
  resetPasswordByUsername,
  createUserAsOperator,
  type UserSummary,
} from "./users.service";
export {
  createApiKey,
  createApiKeyForUsername,
  listApiKeys,
  revokeApiKey,
  verifyApiKey,
  type ApiKeySummary,
} from "./api-keys";
export {
  apiKeyNameSchema,
  changePasswordSchema,
  newUserSchema,
  passwordSchema,
  usernameSchema,
  roleSchema,
} from "./schemas";
