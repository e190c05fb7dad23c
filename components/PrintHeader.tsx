import { formatDate, siteName } from '@/lib/site/site';

interface PrintHeaderProps {
  url: string;
  lastReviewed: string;
  /** The monograph's take-home pages, full addresses: a printout of the long page points to the short ones. */
  takeHome?: { summary: string; card?: string };
}

/**
 * Shown only on paper: a handout must say which site it is from, where the current version
 * lives and how old it is, and (the monograph) that a two-page summary and a card exist.
 */
export function PrintHeader({ url, lastReviewed, takeHome }: PrintHeaderProps) {
  return (
    <div className="print-only mb-4 border-b border-black pb-2 text-sm">
      <p>
        Printed from {siteName}: {url}
        <br />
        Page last reviewed: {formatDate(lastReviewed)}. Check the web page for the latest version.
      </p>
      {takeHome ? (
        <p className="mt-1">
          Shorter printouts: a two-page summary to keep at home, {takeHome.summary}
          {takeHome.card ? <>; an emergency card for your wallet, {takeHome.card}</> : null}.
        </p>
      ) : null}
    </div>
  );
}
