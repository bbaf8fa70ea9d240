import type { ViewEdge } from '../../graph/style';
import { humanize } from '../../lib/format';

function amount(data: Record<string, unknown>): string {
  const value = data['value'];
  if (typeof value !== 'number') return '';
  const unit = typeof data['unit'] === 'string' ? ` ${data['unit']}` : '';
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${unit}`;
}

/**
 * One line naming an edge as seen from one of its ends, for the keyboard-reachable list of a node's connections:
 * "Owned by CATL: 100 %", "Owns CATL Arnstadt: 100 %", "Capacity 2022 (installed), Battery cells: 8 GWh",
 * "Supplies Germany, lithium refining 2024: 1,200 t". The figures are the edge's own, as the API gave them.
 */
export function edgeSummary(edge: ViewEdge, from: string, nodeName: (id: string) => string): string {
  const outgoing = edge.source === from;
  const other = nodeName(outgoing ? edge.target : edge.source);
  const d = edge.data;
  switch (edge.type) {
    case 'OWNS': {
      const share = typeof d['share'] === 'number' ? `: ${Math.round(d['share'] * 1000) / 10} %` : '';
      const asOf = typeof d['asOf'] === 'string' ? ` (as of ${d['asOf']})` : '';
      return `${outgoing ? 'Owns' : 'Owned by'} ${other}${share}${asOf}`;
    }
    case 'HAS_CAPACITY': {
      const basis = typeof d['basis'] === 'string' ? ` (${humanize(d['basis']).toLowerCase()})` : '';
      const year = typeof d['year'] === 'number' ? ` ${d['year']}` : '';
      return outgoing
        ? `Capacity${year}${basis}, ${other}: ${amount(d)}`
        : `Capacity of ${other}${year}${basis}: ${amount(d)}`;
    }
    case 'SUPPLIES':
    case 'PRODUCED': {
      const what = [d['material'], typeof d['stage'] === 'string' ? humanize(d['stage']).toLowerCase() : '', d['year']]
        .filter((x) => x !== undefined && x !== '')
        .join(' ');
      const verb = edge.type === 'PRODUCED' ? 'Produced' : outgoing ? 'Supplies' : 'Supplied by';
      return `${verb} ${edge.type === 'PRODUCED' && outgoing ? '' : `${other}, `}${what}: ${amount(d)}`.replace(
        /\s+/g,
        ' ',
      );
    }
    default:
      return `${humanize(edge.type)} ${outgoing ? '→' : '←'} ${other}`;
  }
}
