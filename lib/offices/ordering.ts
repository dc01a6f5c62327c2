import type { OfficeDTO, StateOfficesDTO } from "./types";

/** Offices (already ordered by state) grouped by state. */
export function groupByState(offices: OfficeDTO[]): StateOfficesDTO[] {
  const groups: StateOfficesDTO[] = [];
  for (const office of offices) {
    const last = groups.at(-1);
    if (last?.stateCode === office.stateCode) last.offices.push(office);
    else groups.push({ stateCode: office.stateCode, stateName: office.stateName, offices: [office] });
  }
  return groups;
}

/** The offices that receive a procedure; those in `preferredState` (the applicant's state) first. */
export function officesForProcedure(
  offices: OfficeDTO[],
  procedureSlug: string,
  preferredState?: string | null,
): OfficeDTO[] {
  const receiving = offices.filter((o) => o.procedureSlugs.includes(procedureSlug));
  if (!preferredState) return receiving;
  return [
    ...receiving.filter((o) => o.stateCode === preferredState),
    ...receiving.filter((o) => o.stateCode !== preferredState),
  ];
}
