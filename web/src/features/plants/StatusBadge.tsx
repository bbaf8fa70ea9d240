import { statusText } from '../reports/table-format';
import { STATUS_COLOURS, STATUS_ORDER } from './status-colours';

/** A facility status as a coloured badge with its name. */
export function StatusBadge({ status }: { status: string }) {
  const colour = STATUS_COLOURS[status];
  return (
    <span
      className="status-badge"
      style={colour ? { background: colour.fill, color: colour.text } : undefined}
      data-status={status}
    >
      {statusText(status)}
    </span>
  );
}

/** The legend of the status colours (one for the whole app). */
export function StatusLegend() {
  return (
    <ul className="status-legend" aria-label="Status colours">
      {STATUS_ORDER.map((s) => (
        <li key={s}>
          <StatusBadge status={s} />
        </li>
      ))}
    </ul>
  );
}
