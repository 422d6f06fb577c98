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
export { apiKeyScopes, apiKeyScopeLabels, type ApiKeyScope } from "./schemas";
export { scopedRole } from "./api-key-scopes";
export {
  apiKeyNameSchema,
  apiKeyOptionsSchema,
  newApiKeySchema,
  type ApiKeyOptions,
  changePasswordSchema,
  newUserSchema,
  passwordSchema,
  usernameSchema,
  roleSchema,
} from "./schemas";
export { safeCallbackPath } from "./callback-url";
export { resolveCredential, type Credential } from "./credential";
export { loginThrottlePolicy, pruneLoginThrottles } from "./login-throttle";
export { pruneSessions, startSession, endSession, SESSION_MAX_AGE_SECONDS } from "./sessions.service";
export {
  getSignInSettings,
  saveSignInSettings,
  testSignInSettings,
  setLocalLoginByOperator,
  loginOptions,
} from "./sign-in-settings";
export {
  signInSettingsInput,
  oidcLinkModes,
  type SignInSettingsInput,
  type SignInSettingsView,
  type LoginOptions,
  type OidcLinkMode,
  type RoleMapping,
} from "./sign-in-settings.input";
export { signInErrorMessage, signInErrorMessages, type SignInErrorCode } from "./sign-in-errors";
export { ownSignInLinks, unlinkOwnSignIn, type LinkedSignIn } from "./identities.service";
export { resolveOidcUser, roleFromClaims, type OidcClaims } from "./oidc-sign-in";
export { OIDC_PROVIDER_ID } from "./oidc-provider";
