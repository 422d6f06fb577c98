export { encryptSecret, decryptSecret, SecretDecryptionError } from "./crypto";
export { readSecretBag, writeSecretBag, secretNamesOf, mergeSecrets, type SecretBag } from "./stored";
