import type { ReactNode } from 'react';
import { headingId } from '@/lib/page-anchors';

interface PageSectionProps {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}

/** A titled region of the page: screen readers list it by its heading, and `#id` links to it. */
export function PageSection({ id, title, className, headingClassName = 'text-2xl font-bold', children }: PageSectionProps) {
  return (
    <section aria-labelledby={headingId(id)} id={id} className={className}>
      <h2 id={headingId(id)} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
