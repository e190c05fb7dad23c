import { pageAnchors } from '@/lib/page-anchors';
import { formatDate } from '@/lib/site';

export function ReviewDates({ lastReviewed, nextReview }: { lastReviewed: string; nextReview: string }) {
  return (
    <div id={pageAnchors.reviewDates} className="review-dates mt-10 text-base">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </p>
    </div>
  );
}
