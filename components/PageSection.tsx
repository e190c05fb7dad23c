import type { ReactNode } from 'react';
import { headingId } from '@/lib/page-anchors';
import { SectionHeading } from './SectionHeading';

interface PageSectionProps {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  /** Show the heading with a visible "Link to this section" (the body's sections). */
  linkToSection?: boolean;
  children: ReactNode;
}

/**
 * A titled region of the page, body section or built-in: screen readers list it by its heading,
 * and `#id` links to it. One convention for every section: the section is `id`, its heading
 * `id-heading`.
 */
export function PageSection({ id, title, className, headingClassName = 'text-2xl font-bold', linkToSection, children }: PageSectionProps) {
  return (
    <section aria-labelledby={headingId(id)} id={id} className={`scroll-mt-4 ${linkToSection ? 'body-section ' : ''}${className ?? ''}`.trim()}>
      {linkToSection && typeof title === 'string' ? (
        <SectionHeading id={id} title={title} />
      ) : (
        <h2 id={headingId(id)} className={headingClassName}>
          {title}
        </h2>
      )}
      {children}
    </section>
  );
}
