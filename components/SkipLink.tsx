import { pageAnchors } from '@/lib/page-anchors';

/** First focusable element on every page: keyboard users jump past the header. */
export function SkipLink() {
  return (
    <a
      href={`#${pageAnchors.main}`}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-yellow-300 focus:px-4 focus:py-3 focus:text-black focus:underline"
    >
      Skip to main content
    </a>
  );
}
