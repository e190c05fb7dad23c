import type { ReactNode } from 'react';
import { headingId } from '@/lib/site/page-anchors';

interface PageSectionProps {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  /** One of the body's sections: a rule above its heading, and laid out only when near the screen. */
  bodySection?: boolean;
  children: ReactNode;
}

/**
 * A titled region of the page, body section or built-in: screen readers list it by its heading,
 * and `#id` links to it ("On this page" links to every body section, so a clinician copies a
 * section's address from there). One convention for every section: the section is `id`, its
 * heading `id-heading`.
 */
export function PageSection({ id, title, className, headingClassName = 'text-2xl font-bold', bodySection, children }: PageSectionProps) {
  return (
    <section aria-labelledby={headingId(id)} id={id} className={`${bodySection ? 'body-section ' : ''}${className ?? ''}`.trim() || undefined}>
      <h2 id={headingId(id)} className={bodySection ? 'section-heading' : headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
