import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import type { ProcedureDTO } from "@/lib/procedures/types";

/** The laws the procedure rests on and, when it has them, its official CONAMER and gob.mx codes. */
export function LegalBasis({ procedure, locale }: { procedure: ProcedureDTO; locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <>
      <ul className="list-disc space-y-1 pl-6">
        {procedure.legalBasis.map((basis) => (
          <li key={basis}>{basis}</li>
        ))}
      </ul>
      {procedure.codes.conamer || procedure.codes.gobMx ? (
        <>
          <h3 className="text-lg">{t("procedure.codes")}</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            {procedure.codes.conamer ? (
              <>
                <dt className="text-muted">{t("procedure.conamer")}</dt>
                <dd className="font-mono">{procedure.codes.conamer}</dd>
              </>
            ) : null}
            {procedure.codes.gobMx ? (
              <>
                <dt className="text-muted">{t("procedure.gobMx")}</dt>
                <dd className="font-mono">{procedure.codes.gobMx}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
    </>
  );
}
