/** The columns of a catalogue draft every reader and writer of drafts works with (one select, three users). */
export const DRAFT_SELECT = {
  id: true,
  procedureId: true,
  slug: true,
  baseVersion: true,
  document: true,
  newSources: true,
  note: true,
  origin: true,
  status: true,
  revision: true,
  authorIds: true,
  reviewComment: true,
  updatedAt: true,
  submittedAt: true,
} as const;
