/** Seconds as a .NET TimeSpan string, the way Radarr and Sonarr write durations: `[d.]hh:mm:ss`. */
export function timeSpan(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = `${pad(Math.floor((seconds % 86_400) / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return days ? `${days}.${clock}` : clock;
}
