import { pageAnchors } from '@/lib/site/page-anchors';

/** First focusable element on every page: keyboard users jump past the header. */
export function SkipLink() {
  return (
    <a
      href={`#${pageAnchors.main}`}
      className="skip-link"
    >
      Skip to main content
    </a>
  );
}
