/** Safe for client components: URLs of the local, resized image cache (app/api/images). */
export const imageWidths = [92, 154, 185, 342, 500, 780, 1280] as const;
export type ImageWidth = (typeof imageWidths)[number];

/** TMDB image paths look like "/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg". */
export const imageFilePattern = /^[A-Za-z0-9_-]{4,80}\.(jpg|jpeg|png|webp)$/;

export function imageUrl(tmdbPath: string | null | undefined, width: ImageWidth): string | null {
  if (!tmdbPath) return null;
  const file = tmdbPath.replace(/^\//, "");
  return imageFilePattern.test(file) ? `/api/images/w${width}/${file}` : null;
}
