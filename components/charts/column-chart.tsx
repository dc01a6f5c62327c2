/**
 * Column chart of a time series (one column per month), server-rendered SVG with <title>/<desc>.
 * Only every n-th label is written so the axis stays legible on a phone; the data table beside the
 * chart has every month. Suppressed or missing months leave a gap marked with a small tick.
 */
export type ColumnDatum = { label: string; value: number | null };

type Props = { id: string; title: string; description: string; data: ColumnDatum[]; format: (value: number) => string };

// A narrow canvas keeps text near its real size on a 320 px phone (the SVG scales to the column width).
const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 44;
const BOTTOM = 30;

export function ColumnChart({ id, title, description, data, format }: Props) {
  const max = Math.max(1, ...data.map((d) => d.value ?? 0));
  const step = (WIDTH - LEFT) / Math.max(data.length, 1);
  const y = (value: number) => HEIGHT - BOTTOM - (value / max) * (HEIGHT - BOTTOM - 16);
  const every = Math.max(1, Math.ceil(data.length / 4));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="h-auto w-full max-w-xl"
      style={{ fontSize: 12 }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="stroke-ink" />
      <text x={LEFT - 6} y={y(max) + 5} textAnchor="end" fill="currentColor">
        {format(max)}
      </text>
      <text x={LEFT - 6} y={HEIGHT - BOTTOM} textAnchor="end" fill="currentColor">
        0
      </text>
      {data.map((d, i) => {
        const cx = LEFT + i * step;
        return (
          <g key={d.label}>
            {d.value === null ? (
              <line
                x1={cx + step / 2}
                x2={cx + step / 2}
                y1={HEIGHT - BOTTOM - 6}
                y2={HEIGHT - BOTTOM}
                className="stroke-muted"
                strokeWidth={2}
              />
            ) : (
              <rect
                x={cx + step * 0.15}
                y={y(d.value)}
                width={step * 0.7}
                height={HEIGHT - BOTTOM - y(d.value)}
                className="fill-brand"
              />
            )}
            {(data.length - 1 - i) % every === 0 ? (
              <text
                x={Math.min(Math.max(cx + step / 2, LEFT + 24), WIDTH - 26)}
                y={HEIGHT - BOTTOM + 20}
                textAnchor="middle"
                fill="currentColor"
              >
                {d.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
