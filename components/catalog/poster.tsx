import { Film, Tv } from "lucide-react";
import { cn } from "@/components/ui/utils";
import { imageUrl, type ImageWidth } from "@/lib/metadata/image-url";

/** A 2:3 poster from the local image cache; lazy, sized, with a quiet placeholder when there is none. */
export function Poster({
  path,
  title,
  kind,
  width = 342,
  eager = false,
  className,
}: {
  path: string | null;
  title: string;
  kind: "movie" | "tv";
  width?: ImageWidth;
  eager?: boolean;
  className?: string;
}) {
  const src = imageUrl(path, width);
  const Icon = kind === "movie" ? Film : Tv;
  return (
    <div className={cn("relative aspect-[2/3] overflow-hidden rounded-lg bg-muted", className)}>
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- served resized by /api/images already
        <img
          src={src}
          alt={`Poster of ${title}`}
          width={width}
          height={Math.round(width * 1.5)}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
          className="size-full object-cover"
        />
      ) : (
        <div className="flex size-full flex-col items-center justify-center gap-2 p-3 text-center text-muted-foreground">
          <Icon className="size-8" aria-hidden />
          <span className="line-clamp-3 text-xs">{title}</span>
        </div>
      )}
    </div>
  );
}
