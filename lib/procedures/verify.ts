/**
 * Whether anything on a procedure's page carries a "to be confirmed" badge (a requirement, a fee or the
 * deadline), so the page explains what the badge means.
 */
export function hasFactsToVerify(procedure: {
  requirements: { verify: boolean }[];
  fees: { verify: boolean }[];
  deadline: { verify: boolean };
}): boolean {
  return (
    procedure.requirements.some((r) => r.verify) || procedure.fees.some((f) => f.verify) || procedure.deadline.verify
  );
}
