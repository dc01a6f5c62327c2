import type { DeadlineStatus } from "@/lib/deadlines/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import type { Translate } from "@/lib/i18n/messages";

/**
 * A running legal clock in words, the same for the applicant's status page and the official's card:
 * the due date, then how many business days are left, that it is today, or by how much it is late.
 */
export function DeadlineDue({
  deadline,
  locale,
  t,
  dueClassName,
}: {
  deadline: DeadlineStatus;
  locale: Locale;
  t: Translate;
  dueClassName: string;
}) {
  return (
    <>
      <p className={dueClassName}>{t("lookup.deadlineDue", { date: formatDate(deadline.due!, locale) })}</p>
      <p>
        {deadline.state === "overdue"
          ? t("lookup.deadlineOverdue", { days: deadline.overdueBy })
          : deadline.state === "due-today"
            ? t("lookup.deadlineToday")
            : t("lookup.deadlineLeft", { left: deadline.businessDaysLeft })}
      </p>
    </>
  );
}
