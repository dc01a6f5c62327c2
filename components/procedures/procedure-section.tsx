import { PageSection } from "@/components/page-section";

/** One part of the procedure page under a ruled heading, kept on one printed page where it fits. */
export function ProcedureSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <PageSection
      id={id}
      title={title}
      className="break-inside-avoid-page space-y-3"
      headingClassName="border-b-4 border-brand pb-1 text-2xl"
    >
      {children}
    </PageSection>
  );
}
