import type { ReactNode } from 'react';

/** The words that tell a reader, before tapping, that a link leaves the site. */
export const externalCueText = '(opens another site)';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** A link that leaves the site, saying so in words a reader sees before tapping. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  return (
    <a href={href} rel="noopener noreferrer" className={className}>
      {children} <span className="external-cue">{externalCueText}</span>
    </a>
  );
}
