import { errorResponse } from "@/lib/api";
import { requireRequestActor } from "@/lib/accounts/next";
import { NotFoundError } from "@/lib/errors";
import { isImageWidth, resizedImage, toMetadataError } from "@/lib/metadata";

export const runtime = "nodejs";

/** Posters, backdrops and stills from the local cache, resized (GET /api/images/w342/abc.jpg). */
export async function GET(
  request: Request,
  context: { params: Promise<{ size: string; file: string }> },
): Promise<Response> {
  try {
    await requireRequestActor(request, "browse");
    const { size, file } = await context.params;
    const width = Number(size.replace(/^w/, ""));
    if (!size.startsWith("w") || !isImageWidth(width)) throw new NotFoundError("No such image size");
    const image = await resizedImage(file, width).catch((error: unknown) => {
      throw toMetadataError(error);
    });
    return new Response(new Uint8Array(image), {
      headers: {
        "Content-Type": "image/webp",
        "Content-Length": String(image.length),
        // TMDB image paths never change content: cache for a year, but only in this user's browser.
        "Cache-Control": "private, max-age=31536000, immutable",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
