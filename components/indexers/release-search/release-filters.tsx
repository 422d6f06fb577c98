import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** Title text, quality and indexer filters, and how many releases they leave. */
export function ReleaseFilters(props: {
  text: string;
  quality: string;
  indexer: string;
  qualities: string[];
  indexers: { id: string; name: string }[];
  onText: (value: string) => void;
  onQuality: (value: string) => void;
  onIndexer: (value: string) => void;
  summary: string;
}) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <Input
        placeholder="Filter titles"
        value={props.text}
        onChange={(e) => props.onText(e.target.value)}
        className="sm:max-w-xs"
        aria-label="Filter titles"
      />
      <Select value={props.quality} onValueChange={props.onQuality}>
        <SelectTrigger className="sm:w-44" aria-label="Quality">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">All qualities</SelectItem>
          {props.qualities.map((q) => (
            <SelectItem key={q} value={q}>
              {q}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select value={props.indexer} onValueChange={props.onIndexer}>
        <SelectTrigger className="sm:w-44" aria-label="Indexer">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">All indexers</SelectItem>
          {props.indexers.map((i) => (
            <SelectItem key={i.id} value={i.id}>
              {i.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <p className="self-center text-sm text-muted-foreground sm:ml-auto" aria-live="polite">
        {props.summary}
      </p>
    </div>
  );
}
