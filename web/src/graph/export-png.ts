import type { LegendEntry, ViewEdge, ViewNode } from './style';

/** A source as the lookups name it. */
export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  year?: number | null;
}

/** How many sources the line names before "+N more". */
const NAMED_SOURCES = 6;

/**
 * The source line of an exported picture: the sources cited by the nodes and edges on screen, most cited first
 * (ties by title), "Title (Publisher, year)"; after six, how many more. Says so when nothing shown cites a source.
 */
export function sourceLine(
  nodes: readonly ViewNode[],
  edges: readonly ViewEdge[],
  sources: ReadonlyMap<string, CitedSource>,
): string {
  const counts = new Map<string, number>();
  for (const element of [...nodes, ...edges]) {
    const ids = element.data['sources'];
    if (!Array.isArray(ids)) continue;
    for (const id of new Set(ids.map(String))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  if (counts.size === 0) return 'Sources: none recorded for what is shown.';
  const named = [...counts]
    .map(([id, count]) => ({ source: sources.get(id), id, count }))
    .sort((a, b) => b.count - a.count || (a.source?.title ?? a.id).localeCompare(b.source?.title ?? b.id));
  const text = named
    .slice(0, NAMED_SOURCES)
    .map(({ source, id }) =>
      source ? `${source.title} (${[source.publisher, source.year].filter(Boolean).join(', ')})` : id,
    )
    .join('; ');
  const more = named.length > NAMED_SOURCES ? `; +${named.length - NAMED_SOURCES} more` : '';
  return `Sources (${named.length}): ${text}${more}.`;
}

export interface ExportCaption {
  /** The legend's title, e.g. "Investor region — by controlling owner's region". */
  legendTitle: string;
  legend: readonly LegendEntry[];
  /** From {@link sourceLine}. */
  sources: string;
  /** "Battery raw-materials graph · exported 2026-12-01 · <link>". */
  footer: string;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The graph picture could not be read.'));
    image.src = src;
  });
}

/** Splits text into lines no wider than `width` in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The exported PNG: the graph picture with a caption band below it — the colour legend (title, a swatch and
 * name with count per entry), the source line and the date and link — so a picture pasted into a note still says
 * what its colours mean and where its facts come from. `scale` is the graph picture's pixel ratio.
 */
export async function composeExportPng(graphPng: string, caption: ExportCaption, scale = 2): Promise<string> {
  const graph = await loadImage(graphPng);
  const width = Math.max(graph.width, 900 * scale);
  const pad = 16 * scale;
  const font = (size: number, weight = 'normal') => `${weight} ${size * scale}px system-ui, sans-serif`;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot draw the exported picture (no 2D canvas).');
  // Legend entries flow left to right in rows.
  measure.font = font(13);
  const swatch = 12 * scale;
  const rowHeight = 20 * scale;
  const entries: { entry: LegendEntry; x: number; row: number; text: string }[] = [];
  let x = pad;
  let row = 0;
  for (const entry of caption.legend) {
    const text = `${entry.label} (${entry.count})`;
    const w = swatch + 6 * scale + measure.measureText(text).width + 18 * scale;
    if (x + w > width - pad && x > pad) {
      row++;
      x = pad;
    }
    entries.push({ entry, x, row, text });
    x += w;
  }
  measure.font = font(12);
  const sourceLines = wrap(measure, caption.sources, width - 2 * pad);
  const lineHeight = 17 * scale;
  const legendHeight = 22 * scale + (caption.legend.length ? (row + 1) * rowHeight : 0);
  const bandHeight = pad + legendHeight + 8 * scale + (sourceLines.length + 1) * lineHeight + pad;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = graph.height + bandHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the exported picture (no 2D canvas).');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graph, Math.round((width - graph.width) / 2), 0);
  context.fillStyle = '#d0d5dd';
  context.fillRect(pad, graph.height, width - 2 * pad, Math.max(1, scale));

  let y = graph.height + pad;
  context.textBaseline = 'top';
  context.fillStyle = '#1d2330';
  context.font = font(13, 'bold');
  context.fillText(caption.legendTitle, pad, y);
  y += 22 * scale;
  context.font = font(13);
  for (const { entry, x: ex, row: er, text } of entries) {
    const top = y + er * rowHeight;
    context.fillStyle = entry.colour;
    context.fillRect(ex, top + 2 * scale, swatch, swatch);
    context.strokeStyle = '#4a5260';
    context.lineWidth = scale;
    context.strokeRect(ex, top + 2 * scale, swatch, swatch);
    context.fillStyle = '#1d2330';
    context.fillText(text, ex + swatch + 6 * scale, top);
  }
  y += legendHeight - 22 * scale + 8 * scale;
  context.font = font(12);
  context.fillStyle = '#3b3f47';
  for (const line of sourceLines) {
    context.fillText(line, pad, y);
    y += lineHeight;
  }
  context.fillText(caption.footer, pad, y);
  return canvas.toDataURL('image/png');
}
