/** The fields of a source a citation shows. */
export interface CitedSource {
  title: string;
  publisher: string;
  year?: number | null;
  url?: string | null;
}

/** One source as a reader cites it: title (linked when there is a URL) — publisher, year. */
export function SourceCitation({ source }: { source: CitedSource }) {
  const text = `${source.title} — ${source.publisher}${source.year ? `, ${source.year}` : ''}`;
  return source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}
