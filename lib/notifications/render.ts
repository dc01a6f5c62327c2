import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import type { NotificationData, NotificationKind } from "./types";

/** Everything a message may say: first name and number are the only personal data. */
export type MessageFacts = {
  locale: Locale;
  kind: NotificationKind;
  data: NotificationData;
  firstName: string;
  number: string;
  procedure: string;
  office: string | null;
  /** Names of the requested documents, in the message's language. */
  documents: string[];
  links: { status: string; preferences: string; oneClick: string };
};

export type RenderedMessage = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Paragraphs of the message body (plain strings), in order, and the list of documents where there is one. */
function bodyParts(facts: MessageFacts): { subject: string; paragraphs: string[]; list: string[]; after: string[] } {
  const t = getTranslator(facts.locale);
  const date = facts.data.deliverBy ? formatDate(facts.data.deliverBy, facts.locale) : "";
  const status = facts.data.status ?? "submitted";
  const statusLabel = t(`status.${status}.label` as MessageKey);
  const next = t("notifications.mail.nextStep", { next: t(`status.${status}.next` as MessageKey) });
  switch (facts.kind) {
    case "confirmation":
      return {
        subject: t("notifications.mail.confirmation.subject", { number: facts.number }),
        paragraphs: [
          t("notifications.mail.confirmation.intro", { procedure: facts.procedure }),
          facts.office
            ? t("notifications.mail.confirmation.office", { office: facts.office })
            : t("notifications.mail.confirmation.noOffice"),
          t("notifications.mail.nextStep", { next: t("status.submitted.next") }),
        ],
        list: [],
        after: [],
      };
    case "status":
      return {
        subject: t("notifications.mail.status.subject", { number: facts.number, status: statusLabel }),
        paragraphs: [t("notifications.mail.status.intro", { status: statusLabel }), next],
        list: [],
        after: [],
      };
    case "documents_requested":
      return {
        subject: t("notifications.mail.documents.subject", { number: facts.number }),
        paragraphs: [t("notifications.mail.documents.intro")],
        list: facts.documents,
        after: [t("notifications.mail.documents.deliverBy", { date })],
      };
    case "documents_reminder":
      return {
        subject: t("notifications.mail.reminder.subject", { date }),
        paragraphs: [t("notifications.mail.reminder.intro")],
        list: facts.documents,
        after: [t("notifications.mail.reminder.deliverBy", { date })],
      };
  }
}

/**
 * The message as plain text and as simple, accessible HTML (one column, real headings and lists,
 * `lang`, link texts that make sense alone, no images, no tracking). The same facts feed both.
 */
export function renderNotification(facts: MessageFacts): RenderedMessage {
  const t = getTranslator(facts.locale);
  const { subject, paragraphs, list, after } = bodyParts(facts);
  const greeting = t("notifications.mail.greeting", { name: facts.firstName });
  const number = t("notifications.mail.number", { number: facts.number });
  const text = [
    greeting,
    "",
    number,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(list.length ? [...list.map((item) => `- ${item}`), ""] : []),
    ...after.flatMap((p) => [p, ""]),
    t("notifications.mail.statusLink", { url: facts.links.status }),
    t("notifications.mail.passwordNote"),
    "",
    "--",
    t("notifications.mail.footer", { url: facts.links.preferences }),
    "",
  ].join("\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = `<!DOCTYPE html>
<html lang="${facts.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.5;color:#1b1b1b;background:#ffffff">
<main style="max-width:600px">
<h1 style="font-size:24px;margin:0 0 16px">${escapeHtml(subject)}</h1>
${p(greeting)}
${p(number)}
${paragraphs.map(p).join("\n")}
${list.length ? `<ul>\n${list.map((item) => `<li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>` : ""}
${after.map(p).join("\n")}
<p style="margin:0 0 16px"><a href="${escapeHtml(facts.links.status)}" style="color:#0b4f8a;font-weight:bold">${escapeHtml(t("notifications.mail.statusLinkText"))}</a></p>
${p(t("notifications.mail.passwordNote"))}
<hr>
<p style="font-size:16px">${escapeHtml(t("notifications.mail.footer", { url: "" }).replace(/:?\s*$/, "."))} <a href="${escapeHtml(facts.links.preferences)}" style="color:#0b4f8a">${escapeHtml(t("notifications.mail.unsubscribeText"))}</a></p>
</main>
</body>
</html>
`;
  return { subject, text, html };
}
