import { humanize } from '../lib/format';
import { SourceCitation, type CitedSource } from './SourceCitation';

/** A gap the data knowingly has (the API's `DataGap`): what is missing, and where it could be found. */
export interface Gap {
  id: string;
  material?: string | null;
  stage?: string | null;
  scope?: string | null;
  year?: number | null;
  title: string;
  detail: string;
  lookAt?: string | null;
  sources: readonly (CitedSource & { id: string })[];
}

/** The anchor id of a gap's entry, so a figure's marker can link to it. */
export const gapAnchor = (id: string) => `gap-${id}`;

/** "Lithium · Refining · European Union · 2024" for what a gap is about (the parts it names). */
export function gapSubject(gap: Gap, name: (id: string) => string): string {
  return [
    gap.material ? name(gap.material) : null,
    gap.stage ? humanize(gap.stage) : null,
    gap.scope ? name(gap.scope) : null,
    gap.year ? String(gap.year) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * What the data lacks, as a list: each gap with what it is about, what is missing, where it could be found and
 * its sources. Each entry has an anchor (`gapAnchor(id)`) for the markers that link to it.
 */
export function GapsList({
  gaps,
  name = (id) => id,
  label = 'What the data lacks',
  showSubject = true,
}: {
  gaps: readonly Gap[];
  name?: (id: string) => string;
  label?: string;
  showSubject?: boolean;
}) {
  if (gaps.length === 0) return null;
  return (
    <ul className="gaps" aria-label={label}>
      {gaps.map((g) => (
        <li key={g.id} id={gapAnchor(g.id)}>
          <strong>{g.title}</strong>
          {showSubject && gapSubject(g, name) && <span className="muted"> · {gapSubject(g, name)}</span>}
          <div>{g.detail}</div>
          {g.lookAt && <div className="muted">Where it could be found: {g.lookAt}</div>}
          {g.sources.length > 0 && (
            <div className="muted">
              Sources:{' '}
              {g.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && '; '}
                  <SourceCitation source={s} />
                </span>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
