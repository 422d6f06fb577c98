/**
 * One install answers as two *arr apps: clients (Recyclarr, Seerr) check `appName`, so movies live
 * behind a Radarr persona and series behind a Sonarr one, each with its own base path.
 */
export type Persona = "radarr" | "sonarr";

export const personas: readonly Persona[] = ["radarr", "sonarr"];

/** Versions the clients accept: Seerr skips language profiles from Sonarr 4, Recyclarr enables its newer features. */
export const personaInfo: Record<Persona, { appName: string; version: string; basePath: string }> = {
  radarr: { appName: "Radarr", version: "5.26.2.10099", basePath: "/radarr" },
  sonarr: { appName: "Sonarr", version: "4.0.15.2941", basePath: "/sonarr" },
};
