import { formatDate } from '@/lib/site/site';

interface PrintHeaderProps {
  url: string;
  lastReviewed: string;
}

/** Shown only on paper: a handout must say where the current version lives and how old it is. */
export function PrintHeader({ url, lastReviewed }: PrintHeaderProps) {
  return (
    <div className="print-only mb-4 border-b border-black pb-2 text-sm">
      <p>
        Printed from {url}
        <br />
        Page last reviewed: {formatDate(lastReviewed)}. Check the web page for the latest version.
      </p>
    </div>
  );
}
