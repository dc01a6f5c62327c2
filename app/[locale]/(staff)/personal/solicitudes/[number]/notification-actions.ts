"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// Authorisation happens again inside the lib mutation (supervisors only).

import { redirect } from "next/navigation";
import { normalizeApplicationNumber } from "@/lib/applications/number";
import { getStaff } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { resendNotification } from "@/lib/notifications/mutations";

/** Supervisor: sends one message of this application again (a new outbox row). */
export async function resend(locale: string, number: string, formData: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : "es";
  const id = Number(formData.get("outboxId"));
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647)
    redirect(`/${lang}/personal/solicitudes/${normalizeApplicationNumber(number) ?? ""}`);
  await resendNotification(id, await getStaff());
  redirect(`/${lang}/personal/solicitudes/${normalizeApplicationNumber(number) ?? ""}?reenviado=1#notifications-title`);
}
