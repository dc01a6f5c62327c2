import "server-only";
import { authorize, type StaffActor } from "@/lib/auth/permissions";
import { listOffices } from "@/lib/offices/queries";
import { logSecurityEvent } from "@/lib/security/log";
import { toCsv } from "./csv";
import { getPageFigures, getSurveyFigures, listPageComments, listSurveyAnswers } from "./queries";
import { TARGET_PERCENT } from "@/lib/statistics/policy";
import type { FigureFilters } from "./types";

const ALL = 1_000_000;

export const EXPORT_FILES = ["encuestas.csv", "paginas.csv", "comentarios.csv"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export function isExportFile(value: string): value is ExportFile {
  return (EXPORT_FILES as readonly string[]).includes(value);
}

/**
 * Staff CSV exports with the view's filters: survey figures per month, procedure and office; page figures
 * per month and page; every comment and flag with how it was handled. Column names are stable snake_case.
 */
export async function exportParticipationCsv(
  file: ExportFile,
  filters: FigureFilters,
  actor: StaffActor | null,
): Promise<string> {
  const staff = authorize(actor, "participation.view");
  logSecurityEvent("staff.export", { account: staff.id, target: file });
  const offices = new Map((await listOffices()).map((o) => [o.id, o.slug]));
  const officeSlug = (id: number | null) => (id === null ? null : (offices.get(id) ?? String(id)));
  if (file === "encuestas.csv") {
    const rows = await getSurveyFigures(filters, ["month", "procedure", "office"], staff);
    return toCsv(
      [
        "month",
        "procedure",
        "office",
        "answers",
        "satisfied",
        "percent_satisfied",
        "target_percent",
        "meets_target",
        "requirements_incomplete",
        "asked_extra",
        "open_flags",
      ],
      rows.map((r) => [
        r.month,
        r.procedureSlug,
        officeSlug(r.officeId),
        r.answers,
        r.satisfied,
        r.percentSatisfied,
        TARGET_PERCENT,
        r.meetsTarget,
        r.requirementsIncomplete,
        r.askedExtra,
        r.openFlags,
      ]),
    );
  }
  if (file === "paginas.csv") {
    const rows = await getPageFigures(filters, ["month", "path", "procedure"], staff);
    return toCsv(
      ["month", "page", "procedure", "answers", "useful", "percent_useful", "comments"],
      rows.map((r) => [r.month, r.path, r.procedureSlug, r.answers, r.useful, r.percentUseful, r.comments]),
    );
  }
  const [pages, surveys] = await Promise.all([
    listPageComments(filters, staff, ALL),
    listSurveyAnswers(filters, { limit: ALL }, staff),
  ]);
  return toCsv(
    [
      "source",
      "id",
      "period",
      "procedure",
      "office",
      "page",
      "locale",
      "useful",
      "satisfaction",
      "requirements_complete",
      "asked_extra",
      "extra_detail",
      "comment",
      "handled_at",
      "handled_by",
      "handled_note",
    ],
    [
      ...surveys.map(
        (s) =>
          [
            "survey",
            s.id,
            s.month,
            s.procedureSlug,
            officeSlug(s.officeId),
            null,
            null,
            null,
            s.satisfaction,
            s.requirementsComplete,
            s.askedExtra,
            s.extraDetail,
            s.comment,
            s.handledAt,
            s.handledByName,
            s.handledNote,
          ] as const,
      ),
      ...pages.map(
        (p) =>
          [
            "page",
            p.id,
            p.day,
            p.procedureSlug,
            null,
            p.path,
            p.locale,
            p.useful,
            null,
            null,
            null,
            null,
            p.comment,
            p.handledAt,
            p.handledByName,
            p.handledNote,
          ] as const,
      ),
    ],
  );
}
