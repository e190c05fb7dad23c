import type { ReactNode } from 'react';
import { externalCueText } from '@/lib/markdown/links';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** A link that leaves the site, saying so in words a reader sees before tapping. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  return (
    <a href={href} rel="noopener noreferrer" className={`external-link ${className ?? ''}`}>
      {children} <span className="external-cue">{externalCueText}</span>
    </a>
  );
}
