import type { ReactNode } from "react";
import { imageUrl } from "@/lib/metadata/image-url";
import { Poster } from "./poster";

/** The top of a movie or series page: backdrop, poster, title, facts and controls. */
export function MediaHero({
  kind,
  title,
  posterPath,
  backdropPath,
  facts,
  genres,
  overview,
  children,
}: {
  kind: "movie" | "tv";
  title: string;
  posterPath: string | null;
  backdropPath: string | null;
  facts: (string | null | undefined)[];
  genres: string[];
  overview: string | null;
  children?: ReactNode;
}) {
  const backdrop = imageUrl(backdropPath, 1280);
  return (
    <section className="relative -mx-4 -mt-4 mb-6 overflow-hidden sm:-mx-6 sm:-mt-6 sm:rounded-b-xl">
      {backdrop && (
        // eslint-disable-next-line @next/next/no-img-element -- decorative, resized by /api/images
        <img
          src={backdrop}
          alt=""
          width={1280}
          height={720}
          className="absolute inset-0 size-full object-cover opacity-30 dark:opacity-25"
        />
      )}
      <div className="absolute inset-0 bg-gradient-to-t from-background via-background/80 to-background/40" />
      <div className="relative flex flex-col gap-5 px-4 pt-6 pb-4 sm:flex-row sm:px-6 sm:pt-10">
        <Poster
          path={posterPath}
          title={title}
          kind={kind}
          width={342}
          eager
          className="w-32 shrink-0 shadow-lg sm:w-48"
        />
        <div className="min-w-0 flex-1 space-y-3">
          <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{title}</h1>
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted-foreground">
            {facts.filter(Boolean).map((fact) => (
              <span key={fact}>{fact}</span>
            ))}
          </p>
          {genres.length > 0 && (
            <p className="flex flex-wrap gap-1.5">
              {genres.map((g) => (
                <span key={g} className="rounded-full border bg-background/60 px-2 py-0.5 text-xs">
                  {g}
                </span>
              ))}
            </p>
          )}
          {overview && <p className="max-w-3xl text-sm leading-relaxed text-pretty">{overview}</p>}
          {children}
        </div>
      </div>
    </section>
  );
}

export function FactList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
