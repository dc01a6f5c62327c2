import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { ProcedureDTO } from "@/lib/procedures/types";

/** The steps of the procedure, each with a round number and a heading the person can jump between. */
export function StepList({ steps, locale }: { steps: ProcedureDTO["steps"]; locale: Locale }) {
  return (
    <ol className="space-y-4">
      {steps.map((s, index) => (
        <li key={s.position} className="flex gap-3">
          <span
            aria-hidden="true"
            className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand font-bold text-white print:border print:border-black print:bg-white print:text-black"
          >
            {index + 1}
          </span>
          <div>
            <h3 className="text-lg">
              <span className="sr-only">{index + 1}. </span>
              {localize(s.title, locale)}
            </h3>
            <p>{localize(s.detail, locale)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
