import type { ReactNode } from 'react';
import { externalCueText } from '@/lib/site/site';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** A link the page itself draws that leaves the site, saying so as links in the text do (lib/markdown/render.ts). */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  return (
    <a href={href} rel="noopener noreferrer" className={className}>
      {children}
      {/* The same shape as rehype-external-links gives links in the text: the space inside the cue. */}
      <span className="external-cue"> {externalCueText}</span>
    </a>
  );
}
