import { isValidElement, type ReactNode } from "react";

export type DataColumn = {
  label: ReactNode;
  /** Right-aligned with tabular figures, so digits line up down the column. */
  numeric?: boolean;
  /** The column that names each row: its cells are row headers (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Only drawn for the eye (a bar): hidden from assistive technology, whose reader has the numbers. */
  decorative?: boolean;
  /** The column the rows are sorted by, and in which direction. */
  sort?: "ascending" | "descending";
  className?: string;
};

/** A cell's content, or the content with how many columns it spans. */
export type DataCell = ReactNode | { content: ReactNode; colSpan?: number; suppressed?: boolean };

export type DataRow = { key: string; cells: DataCell[]; testId?: string };

type Props = {
  /** Unique on the page: the caption's id, and through it the accessible name of the table and its scroll region. */
  id: string;
  caption: string;
  /** Show the caption as a title (default: for screen readers only, when a heading above already says it). */
  captionVisible?: boolean;
  columns: DataColumn[];
  rows: DataRow[];
  testId?: string;
  /** Smaller type for wide tables of figures. */
  compact?: boolean;
};

const isSpec = (cell: DataCell): cell is { content: ReactNode; colSpan?: number; suppressed?: boolean } =>
  typeof cell === "object" && cell !== null && !isValidElement(cell) && "content" in cell;

/**
 * A table of figures or records that may be wider than a phone. The scroll region is focusable and named
 * by the caption, so a keyboard user can scroll it and a screen reader announces what it holds (WCAG
 * 2.1.1, 4.1.2); numeric columns are right-aligned with tabular figures.
 */
export function DataTable({ id, caption, captionVisible = false, columns, rows, testId, compact = false }: Props) {
  const captionId = `${id}-caption`;
  const pad = compact ? "py-1 pr-3" : "px-2 py-2";
  const align = (c: DataColumn | undefined) =>
    [pad, c?.numeric ? "text-right tabular-nums" : "", c?.className ?? ""].join(" ").trim();
  return (
    <div className="overflow-x-auto" role="region" tabIndex={0} aria-labelledby={captionId}>
      <table id={id} className={`w-full border-collapse text-left ${compact ? "text-sm" : ""}`} data-testid={testId}>
        <caption id={captionId} className={captionVisible ? "mb-2 text-left text-xl font-bold" : "sr-only"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((c, i) => (
              <th key={i} scope="col" aria-sort={c.sort} className={`${align(c)} align-bottom`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            let at = 0;
            return (
              <tr key={row.key} className="border-b border-line align-top" data-testid={row.testId}>
                {row.cells.map((cell, i) => {
                  const column = columns[at];
                  const spec = isSpec(cell) ? cell : { content: cell };
                  at += spec.colSpan ?? 1;
                  const className = `${align(column)}${spec.suppressed ? " italic text-muted" : ""}`;
                  if (column?.rowHeader) {
                    return (
                      <th key={i} scope="row" colSpan={spec.colSpan} className={`${className} font-normal`}>
                        {spec.content}
                      </th>
                    );
                  }
                  return (
                    <td
                      key={i}
                      colSpan={spec.colSpan}
                      aria-hidden={column?.decorative ? true : undefined}
                      data-suppressed={spec.suppressed ? "true" : undefined}
                      className={className}
                    >
                      {spec.content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
