"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The admin check, the validation and the step-up (the admin's own password again) happen inside each lib mutation.

import { redirect } from "next/navigation";
import { clientKey, requestOrigin } from "@/lib/http/request-client";
import { ENROLMENT_HOURS, enrolmentUrl } from "@/lib/auth/enrolment-links";
import { getStaff } from "@/lib/auth/session";
import { createStaffMember, updateStaffMember } from "@/lib/auth/team";
import { actionStateFromError, readText, readTexts, type ActionState } from "@/lib/forms/action-state";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { staffRefusal } from "../refusals";

/** How a refusal reads on the team page. */
const refusal = (locale: Locale) =>
  staffRefusal(locale, {
    NOT_FOUND: "errors.notFound",
    INVALID_INPUT: "staff.team.cannotChange",
    RATE_LIMITED: "staff.account.rateLimited",
  });

/** The notice with the link to hand over, and until when it works. */
async function linkNotice(
  state: ActionState,
  locale: Locale,
  email: string,
  token: string,
  notice: "staff.team.created" | "staff.team.resetDone",
): Promise<ActionState> {
  return {
    seq: state.seq + 1,
    values: {},
    fieldErrors: {},
    notice,
    params: { email, link: enrolmentUrl(await requestOrigin(), locale, token), hours: ENROLMENT_HOURS },
  };
}

/** Admin: a new official. No password is shown: the notice carries their one-time enrolment link. */
export async function createMember(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = {
    email: readText(formData, "email", 254),
    name: readText(formData, "name", 120),
    role: readText(formData, "role", 40),
  };
  try {
    const created = await createStaffMember(await getStaff(), values, readText(formData, "stepUp"), {
      client: await clientKey(),
    });
    return linkNotice(state, locale, created.email, created.token, "staff.team.created");
  } catch (error) {
    return actionStateFromError(error, state, values, refusal(locale));
  }
}

/** The change a team form asks for (one form per change), as the lib's update input. */
function updateInput(id: string, formData: FormData): Record<string, unknown> | null {
  const national = formData.get("national") === "1";
  switch (readText(formData, "change", 20)) {
    case "role":
      return { id, role: readText(formData, "role", 40) };
    case "disable":
      return { id, disabled: true };
    case "enable":
      return { id, disabled: false };
    case "reset":
      return { id, resetAccess: true };
    case "sessions":
      return { id, endSessions: true };
    case "offices":
      return { id, offices: readTexts(formData, "offices", 200).map(Number), national };
    default:
      return null;
  }
}

/** Admin: role, disable/enable, offices, end sessions, reset access — one form per change. */
export async function updateMember(
  locale: string,
  id: string,
  email: string,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = {
    role: readText(formData, "role", 40),
    offices: readTexts(formData, "offices", 200),
    ...(formData.get("national") === "1" ? { national: ["1"] } : {}),
  };
  const input = updateInput(id, formData);
  if (!input) return { seq: state.seq + 1, values, fieldErrors: {}, formError: "staff.errors.invalid" };
  try {
    const result = await updateStaffMember(await getStaff(), input, readText(formData, "stepUp"), {
      client: await clientKey(),
    });
    if (result.enrolment) return linkNotice(state, locale, email, result.enrolment.token, "staff.team.resetDone");
  } catch (error) {
    return actionStateFromError(error, state, values, refusal(locale));
  }
  redirect(`/${locale}/personal/equipo?hecho=1`);
}
