import { STATUSES, type StatusName } from '../../lib/format';

/** SPEC 4.5's default status weights: how much of a project's capacity counts. */
export const DEFAULT_WEIGHTS: Readonly<Record<StatusName, number>> = {
  OPERATING: 1,
  RAMP_UP: 1,
  UNDER_CONSTRUCTION: 0.75,
  PLANNED: 0.25,
  PAUSED: 0,
  STOPPED: 0,
  CANCELLED: 0,
};

/** URL key of a status weight: `w_PLANNED=0.5`. */
export const weightKey = (status: StatusName) => `w_${status}`;

/** Weights from the URL: only the ones the user moved (valid numbers in 0–1), the API fills in the rest. */
export function weightsFromParams(params: URLSearchParams): Partial<Record<StatusName, number>> {
  const weights: Partial<Record<StatusName, number>> = {};
  for (const status of STATUSES) {
    const raw = params.get(weightKey(status));
    if (raw === null) continue;
    const value = Number(raw);
    if (Number.isFinite(value) && value >= 0 && value <= 1) weights[status] = value;
  }
  return weights;
}
