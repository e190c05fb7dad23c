import type { ComponentProps } from 'react';
import { ExternalLink } from './ExternalLink';

/**
 * A link written in a content file. rehype-external-links has marked the ones that leave the
 * site (`external-link`); they get the same visible cue as every other link out.
 */
export function ContentLink({ href, className, children }: ComponentProps<'a'>) {
  if (href && className?.split(' ').includes('external-link')) return <ExternalLink href={href}>{children}</ExternalLink>;
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
