/** A titled part of a page: the person sees an h2 heading, and screen readers announce the region by it. */
export function PageSection({
  id,
  title,
  className,
  headingClassName = "text-2xl",
  children,
}: {
  /** The heading's id, which also names the region (`aria-labelledby`) and is the `#fragment` to link to it. */
  id: string;
  title: string;
  className?: string;
  headingClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
