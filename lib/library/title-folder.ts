import { renderPath, type NamingContext } from "./import/naming";
import type { Library } from "./library.schemas";

/** The folder a title's files go to inside its library, relative to the root ("Fight Club (1999)"). */
export function titleFolder(library: Pick<Library, "kind" | "naming">, ctx: NamingContext): string {
  const template = library.kind === "movie" ? library.naming.movieFolder : library.naming.seriesFolder;
  return renderPath(template, ctx, library.naming).join("/");
}
