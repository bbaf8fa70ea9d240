/**
 * The one status colour scale of the tracker and the reports (and its legend): green while a plant produces,
 * blues while it is being built or planned, amber when paused, red when stopped, grey when cancelled. Every
 * badge also carries the status as text, so the colour is never the only carrier.
 */
export const STATUS_COLOURS: Readonly<Record<string, { fill: string; text: string }>> = {
  OPERATING: { fill: '#1b7837', text: '#ffffff' },
  RAMP_UP: { fill: '#a6dba0', text: '#0b2e0f' },
  UNDER_CONSTRUCTION: { fill: '#2166ac', text: '#ffffff' },
  PLANNED: { fill: '#c6dbef', text: '#0d2a4a' },
  PAUSED: { fill: '#f6c26b', text: '#3d2600' },
  STOPPED: { fill: '#b2182b', text: '#ffffff' },
  CANCELLED: { fill: '#5f6368', text: '#ffffff' },
};

/** Statuses in lifecycle order (the legend's order). */
export { STATUSES as STATUS_ORDER } from '../../lib/format';
