/**
 * Hand-written SVG charts (no browser, no library): grouped bars of throughput per operation
 * and target, and lines of latency against corpus size.
 */

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) as number;
  return step * power;
}

function legend(series: string[], x: number, y: number): string {
  return series
    .map(
      (name, i) =>
        `<rect x="${x + i * 170}" y="${y}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/><text x="${x + i * 170 + 18}" y="${y + 11}">${escape(name)}</text>`,
    )
    .join('\n');
}

/**
 * Grouped bars: one group per category (operation), one bar per series (target), and a
 * reference (the floor) as a dashed line — or named in a note when it is off the scale.
 */
export function groupedBars(
  title: string,
  unit: string,
  categories: string[],
  series: string[],
  value: (category: string, series: string) => number | null,
  reference?: { name: string; value: number },
): string {
  const width = Math.max(760, 120 + categories.length * (series.length * 22 + 30));
  const height = 420;
  const left = 70;
  const top = 60;
  const plotHeight = 270;
  const plotWidth = width - left - 20;
  const barMax = Math.max(0, ...categories.flatMap((c) => series.map((s) => value(c, s) ?? 0)));
  const referenceOnScale = reference !== undefined && reference.value <= barMax * 1.5;
  const max = niceMax(referenceOnScale ? Math.max(barMax, reference.value) : barMax);
  const groupWidth = plotWidth / categories.length;
  const barWidth = Math.min(22, (groupWidth - 16) / series.length);
  const parts: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const v = (max * i) / 5;
    const y = top + plotHeight - (plotHeight * i) / 5;
    parts.push(
      `<line x1="${left}" y1="${y}" x2="${width - 20}" y2="${y}" stroke="#ddd"/><text x="${left - 6}" y="${y + 4}" text-anchor="end">${Math.round(v)}</text>`,
    );
  }
  categories.forEach((category, c) => {
    const x0 = left + c * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((name, s) => {
      const v = value(category, name);
      if (v === null) return;
      const h = (plotHeight * v) / max;
      const x = x0 + s * barWidth;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(top + plotHeight - h).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[s % COLORS.length]}"><title>${escape(`${category} ${name}: ${v} ${unit}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${(left + c * groupWidth + groupWidth / 2).toFixed(1)}" y="${top + plotHeight + 18}" text-anchor="middle">${escape(category)}</text>`,
    );
  });
  if (reference && referenceOnScale) {
    const y = top + plotHeight - (plotHeight * reference.value) / max;
    parts.push(
      `<line x1="${left}" y1="${y.toFixed(1)}" x2="${width - 20}" y2="${y.toFixed(1)}" stroke="#555" stroke-dasharray="6 4"/><text x="${width - 22}" y="${(y - 4).toFixed(1)}" text-anchor="end">${escape(`${reference.name}: ${reference.value}`)}</text>`,
    );
  }
  const note = reference && !referenceOnScale ? `${reference.name}: ${reference.value} ${unit} (off the scale)` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${left}" y="24" font-size="16" font-weight="bold">${escape(title)}</text>
<text x="${left}" y="44">${escape(note)}</text>
<text x="14" y="${top + plotHeight / 2}" transform="rotate(-90 14 ${top + plotHeight / 2})" text-anchor="middle">${escape(unit)}</text>
<line x1="${left}" y1="${top + plotHeight}" x2="${width - 20}" y2="${top + plotHeight}" stroke="#333"/>
${parts.join('\n')}
${legend(series, left, height - 40)}
</svg>
`;
}

export interface Line {
  name: string;
  points: { x: number; y: number }[];
}

/** Lines over a logarithmic x axis (corpus size). */
export function logLines(title: string, xLabel: string, yLabel: string, lines: Line[]): string {
  const width = 760;
  const height = 440;
  const left = 70;
  const top = 50;
  const plotWidth = width - left - 30;
  const plotHeight = 280;
  const xs = [...new Set(lines.flatMap((l) => l.points.map((p) => p.x)))].sort((a, b) => a - b);
  const minX = Math.log10(Math.min(...xs));
  const maxX = Math.log10(Math.max(...xs));
  const max = niceMax(Math.max(0, ...lines.flatMap((l) => l.points.map((p) => p.y))));
  const px = (x: number) =>
    left + (maxX === minX ? plotWidth / 2 : ((Math.log10(x) - minX) / (maxX - minX)) * plotWidth);
  const py = (y: number) => top + plotHeight - (plotHeight * y) / max;
  const parts: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const v = (max * i) / 5;
    parts.push(
      `<line x1="${left}" y1="${py(v)}" x2="${left + plotWidth}" y2="${py(v)}" stroke="#ddd"/><text x="${left - 6}" y="${py(v) + 4}" text-anchor="end">${Math.round(v * 10) / 10}</text>`,
    );
  }
  for (const x of xs)
    parts.push(`<text x="${px(x).toFixed(1)}" y="${top + plotHeight + 18}" text-anchor="middle">${x}</text>`);
  lines.forEach((line, i) => {
    const color = COLORS[i % COLORS.length];
    const path = line.points
      .map((p, k) => `${k === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`)
      .join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of line.points)
      parts.push(
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3.5" fill="${color}"><title>${escape(`${line.name} N=${p.x}: ${p.y}`)}</title></circle>`,
      );
  });
  const legendRows = lines.map(
    (line, i) =>
      `<rect x="${left + (i % 2) * 330}" y="${height - 70 + Math.floor(i / 2) * 18}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/><text x="${left + (i % 2) * 330 + 18}" y="${height - 59 + Math.floor(i / 2) * 18}">${escape(line.name)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${left}" y="24" font-size="16" font-weight="bold">${escape(title)}</text>
<text x="14" y="${top + plotHeight / 2}" transform="rotate(-90 14 ${top + plotHeight / 2})" text-anchor="middle">${escape(yLabel)}</text>
<text x="${left + plotWidth / 2}" y="${top + plotHeight + 38}" text-anchor="middle">${escape(xLabel)}</text>
<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="#333"/>
${parts.join('\n')}
${legendRows.join('\n')}
</svg>
`;
}
