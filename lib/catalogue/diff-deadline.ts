/** Changes in a procedure's time limits: the authority's, the silence rule, the applicant's and the others. */
import type { ProcedureDocument } from "./document";
import { isSameData, matchItems } from "./diff-match";
import type { CatalogueChange, Term } from "./diff-types";

type Deadline = ProcedureDocument["deadline"];
type OtherTerm = NonNullable<Deadline["more"]>[number];

function term(period: { days: number; unit: Term["unit"]; anchor: Term["anchor"] }, direction: Term["direction"]) {
  return { days: period.days, unit: period.unit, anchor: period.anchor, direction } satisfies Term;
}

/** The authority's term and what its silence means, the applicant's term, the other terms, and their references. */
export function diffDeadline(old: Deadline, now: Deadline) {
  const changes: CatalogueChange[] = [];
  const [r, s] = [old.resolution, now.resolution];
  if (!r && s) changes.push({ kind: "resolutionAdded", days: s.days, unit: s.unit, anchor: s.anchor });
  if (r && !s) changes.push({ kind: "resolutionRemoved", days: r.days, unit: r.unit });
  if (r && s) {
    if (r.days !== s.days || r.unit !== s.unit)
      changes.push({
        kind: "resolutionTermChanged",
        before: { days: r.days, unit: r.unit },
        after: { days: s.days, unit: s.unit },
      });
    if (r.anchor !== s.anchor) changes.push({ kind: "resolutionAnchorChanged", before: r.anchor, after: s.anchor });
    if (r.authority !== s.authority)
      changes.push({ kind: "resolutionAuthorityChanged", before: r.authority, after: s.authority });
  }
  if (old.silence !== now.silence) changes.push({ kind: "silenceChanged", before: old.silence, after: now.silence });
  if (!isSameData(old.silenceText, now.silenceText))
    changes.push({ kind: "deadlineDetailChanged", field: "silenceText" });

  const [p, q] = [old.applicantDeadline, now.applicantDeadline];
  if (!p && q) changes.push({ kind: "applicantDeadlineAdded", term: term(q, q.direction) });
  if (p && !q) changes.push({ kind: "applicantDeadlineRemoved", term: term(p, p.direction) });
  if (p && q) {
    if (!isSameData(term(p, p.direction), term(q, q.direction)))
      changes.push({ kind: "applicantDeadlineChanged", before: term(p, p.direction), after: term(q, q.direction) });
    if (!isSameData(p.text, q.text)) changes.push({ kind: "deadlineDetailChanged", field: "applicantDeadlineText" });
  }

  const [mx, my] = [old.more ?? [], now.more ?? []];
  const sameKind = (a: OtherTerm, b: OtherTerm) =>
    a.party === b.party && a.anchor === b.anchor && a.direction === b.direction;
  const match = matchItems<OtherTerm>(mx, my, (t) => t.text.es, sameKind);
  for (const i of match.added)
    changes.push({ kind: "otherTermAdded", party: my[i]!.party, term: term(my[i]!, my[i]!.direction) });
  for (const i of match.removed)
    changes.push({ kind: "otherTermRemoved", party: mx[i]!.party, term: term(mx[i]!, mx[i]!.direction) });
  for (const [b, a] of match.pairs)
    if (!isSameData(mx[b], my[a]))
      changes.push({
        kind: "otherTermChanged",
        party: my[a]!.party,
        before: term(mx[b]!, mx[b]!.direction),
        after: term(my[a]!, my[a]!.direction),
      });

  if (!isSameData(old.notes, now.notes)) changes.push({ kind: "deadlineDetailChanged", field: "notes" });
  if (old.legalBasis !== now.legalBasis) changes.push({ kind: "deadlineDetailChanged", field: "legalBasis" });
  if (!isSameData(old.sources, now.sources)) changes.push({ kind: "deadlineDetailChanged", field: "sources" });
  if (old.verify !== now.verify) changes.push({ kind: "deadlineVerifyChanged", verify: now.verify });
  return changes;
}
