/**
 * Horizontal bar chart drawn on the server as SVG: no client JavaScript, readable at 320 px (labels
 * sit above their bars), with <title>/<desc> for screen readers. The data table next to it holds the
 * exact figures; a bar whose value is suppressed or missing is drawn as a note instead of a bar.
 */
export type BarDatum = { label: string; value: number | null; note?: string };

type Props = {
  id: string;
  title: string;
  description: string;
  data: BarDatum[];
  /** Upper end of the scale; defaults to the largest value. */
  max?: number;
  /** A reference line (e.g. the 80 % target) with its label. */
  target?: { value: number; label: string };
  format: (value: number) => string;
};

// A narrow canvas keeps text near its real size on a 320 px phone (the SVG scales to the column width).
const WIDTH = 360;
const LINE = 17;
const BAR = 16;
const TOP = 26;
const LABEL_CHARS = 40;

/** Splits a label into lines of at most LABEL_CHARS characters, at spaces. */
export function wrapLabel(label: string, width = LABEL_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function BarChart({ id, title, description, data, max, target, format }: Props) {
  const scaleMax = Math.max(max ?? 0, ...data.map((d) => d.value ?? 0), target?.value ?? 0, 1);
  const x = (value: number) => (value / scaleMax) * (WIDTH - 70);
  const rows = data.map((d) => ({ ...d, lines: wrapLabel(d.label) }));
  const tops: number[] = [];
  let height = TOP;
  for (const row of rows) {
    tops.push(height + LINE * (row.lines.length - 1));
    height += LINE * row.lines.length + BAR + 14;
  }
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="h-auto w-full max-w-xl"
      style={{ fontSize: 14 }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {rows.map((d, i) => {
        const y = tops[i]!;
        return (
          <g key={`${d.label}-${i}`}>
            <text x={0} y={y - LINE * (d.lines.length - 1)} fill="currentColor">
              {d.lines.map((line, n) => (
                <tspan key={n} x={0} dy={n === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {d.value === null ? (
              <text x={0} y={y + BAR + 2} className="fill-muted" fontStyle="italic">
                {d.note ?? ""}
              </text>
            ) : (
              <>
                <rect x={0} y={y + 6} width={Math.max(x(d.value), 2)} height={BAR} className="fill-brand" />
                <text x={Math.max(x(d.value), 2) + 6} y={y + 6 + BAR - 4} fill="currentColor" fontWeight={700}>
                  {format(d.value)}
                </text>
              </>
            )}
          </g>
        );
      })}
      {target ? (
        <g>
          <line
            x1={x(target.value)}
            x2={x(target.value)}
            y1={TOP - 10}
            y2={height - 4}
            className="stroke-ink"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <text x={x(target.value)} y={14} textAnchor="middle" fill="currentColor">
            {target.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
