import {
  IMPORTS_INCOMPLETE_LONG,
  IMPORTS_NOT_RECORDED_LONG,
  NO_DATA,
  evidenceNote,
  gapCount,
  ownershipNote,
  type FigureBasis,
} from '../lib/evidence';

/**
 * What a figure rests on, next to the figure: "no data" for evidence NONE, "plant-register estimate, N plants"
 * for REGISTER, the statistics share for MIXED, "imports not recorded — third-country share unknown" for a
 * regional scope without flows, on CONTROL how much rests on recorded owners ("no owners recorded: counted where
 * produced"), and a link to the gaps the data knowingly has (`gapsHref`, e.g. `#gaps`).
 * `showNoData={false}` leaves out the "no data" mark where the text around already says it. Renders nothing for a figure resting on statistics with imports recorded and no gaps.
 */
export function EvidenceBadge({
  basis,
  gapsHref,
  showNoData = true,
}: {
  basis: FigureBasis;
  gapsHref?: string;
  /** false where the figure's place already says "no data" in words. */
  showNoData?: boolean;
}) {
  const note = basis.evidence === 'NONE' && !showNoData ? '' : evidenceNote(basis);
  const noImports = basis.importsRecorded === false && basis.evidence !== 'NONE';
  const incomplete = basis.importsRecorded === true && !basis.thirdCountryKnown && basis.evidence !== 'NONE';
  const owners = ownershipNote(basis);
  if (!note && !noImports && !incomplete && !owners && basis.gaps.length === 0) return null;
  return (
    <span className="evidence" data-evidence={basis.evidence}>
      {note && (
        <span className={`evidence-mark evidence-${basis.evidence.toLowerCase()}`}>
          {basis.evidence === 'NONE' ? NO_DATA : note}
        </span>
      )}
      {noImports && <span className="evidence-mark evidence-unknown">{IMPORTS_NOT_RECORDED_LONG}</span>}
      {incomplete && <span className="evidence-mark evidence-unknown">{IMPORTS_INCOMPLETE_LONG}</span>}
      {owners && <span className="evidence-mark evidence-unknown">{owners}</span>}
      {basis.gaps.length > 0 &&
        (gapsHref ? (
          <a className="evidence-gaps" href={gapsHref}>
            {gapCount(basis.gaps.length)}
          </a>
        ) : (
          <span className="evidence-gaps">{gapCount(basis.gaps.length)}</span>
        ))}
    </span>
  );
}
