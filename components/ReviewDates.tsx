import { pageAnchors } from '@/lib/site/page-anchors';
import type { ReviewEntry } from '@/lib/model/schema';
import { formatDate } from '@/lib/site/site';
import { ReviewHistory } from './ReviewHistory';

interface ReviewDatesProps {
  /** Newest first; the first entry is the last review. */
  reviewHistory: ReviewEntry[];
  nextReview: string;
}

export function ReviewDates({ reviewHistory, nextReview }: ReviewDatesProps) {
  const lastReviewed = reviewHistory[0].date;
  return (
    <div id={pageAnchors.reviewDates} className="review-dates mt-10 text-base">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </p>
      <ReviewHistory entries={reviewHistory} />
    </div>
  );
}
