import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/messages";

/** The open-data files the live figures and the imported history come from. */
export const MONTHLY_FILE = "/api/v1/datos/estadisticas-mensuales.csv";
export const HISTORY_FILE = "/api/v1/datos/historico-documentos-emitidos.csv";

/** A published count as a chart value: null when it is suppressed or there is nothing to measure. */
export const chartValue = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** One section of the statistics page: a chart with its source, then the same figures as a table. */
export function Figure({
  id,
  title,
  children,
  source,
  table,
}: {
  id: string;
  title: string;
  children: ReactNode;
  source: ReactNode;
  table: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <figure className="space-y-2">
        {children}
        <figcaption className="text-sm text-muted">{source}</figcaption>
      </figure>
      {table}
    </section>
  );
}

/** "Source: the portal's applications" and a link to the file with the figures. */
export function LiveSource({ t, file = MONTHLY_FILE }: { t: Translate; file?: string }) {
  return (
    <>
      {t("statistics.sourceLive")}
      <a href={file}>{file.split("/").at(-1)}</a>
    </>
  );
}
