"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { setNotifyUpdatesByToken } from "@/lib/notifications/mutations";

/** The unsubscribe page's button: the signed token from the e-mail is the only authorisation. */
export async function switchUpdatesByLink(locale: string, formData: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : "es";
  const token = formData.get("t");
  const saved = await setNotifyUpdatesByToken(token, { updates: formData.get("updates") }, "link");
  const query = typeof token === "string" && token.length <= 80 ? `t=${encodeURIComponent(token)}` : "";
  redirect(`/${lang}/avisos?${query}${saved ? "&guardado=1" : ""}`);
}
