import type { ReactNode } from 'react';
import { PageSection } from './PageSection';
import { QrCode } from './QrCode';

interface ShareBlockProps {
  id: string;
  url: string;
  /** The take-home pages: what to print for a patient to keep. */
  children?: ReactNode;
}

/**
 * "Share this page" for clinicians: the address to read out or type, and a QR code that a phone
 * camera opens. Both print on the handout, so a paper copy leads back to the checked page.
 */
export function ShareBlock({ id, url, children }: ShareBlockProps) {
  return (
    <PageSection id={id} title="Share this page" className="share-block mt-10 border-t border-slate-300 pt-6 dark:border-slate-600">
      <div className="mt-3 flex flex-wrap items-center gap-6">
        <QrCode url={url} />
        <div className="min-w-0">
          <p>Scan the code with a phone camera, or type this address:</p>
          <p className="share-url mt-1 font-mono text-base break-all">{url}</p>
        </div>
      </div>
      {children}
    </PageSection>
  );
}
