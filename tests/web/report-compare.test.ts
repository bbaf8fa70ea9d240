import { describe, expect, it } from 'vitest';
import { rowsNotIn } from '../../web/src/features/reports/report-compare';
import type { TableColumn } from '../../web/src/features/reports/table-format';

const columns: TableColumn[] = [
  { key: 'site', label: 'Site', type: 'TEXT' },
  { key: 'status', label: 'Status', type: 'STATUS' },
  { key: 'gwh', label: 'Capacity', type: 'NUMBER' },
];

describe('rows a scenario changed in a report', () => {
  it('compares every column, counts duplicates once each, and ignores key order and missing vs null', () => {
    const stored = [
      { site: 'A', status: 'OPERATING', gwh: 8 },
      { site: 'B', status: 'PLANNED', gwh: null },
      { site: 'B', status: 'PLANNED', gwh: null },
    ];
    const scenario = [
      { gwh: 8, status: 'STOPPED', site: 'A' }, // changed
      { site: 'B', status: 'PLANNED' }, // equal to a stored B (gwh missing = null)
      { site: 'B', status: 'PLANNED', gwh: null }, // equal to the other stored B
      { site: 'C', status: 'PLANNED', gwh: 10 }, // added
    ];
    expect([...rowsNotIn(columns, scenario, stored)]).toEqual([0, 3]);
    expect([...rowsNotIn(columns, stored, scenario)]).toEqual([0]);
    // A third B under the scenario has no stored row left to match.
    expect([...rowsNotIn(columns, [...scenario, { site: 'B', status: 'PLANNED', gwh: null }], stored)]).toEqual([
      0, 3, 4,
    ]);
    expect(rowsNotIn(columns, stored, stored).size).toBe(0);
  });
});
