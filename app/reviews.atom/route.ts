import { getMedications } from '@/lib/content/content';
import { reviewsFeed } from '@/lib/reuse/reuse';
import { feedRoute } from '@/lib/site/routes';

export const dynamic = 'force-static';

export function GET() {
  return new Response(reviewsFeed(getMedications()), { headers: { 'Content-Type': feedRoute.contentType! } });
}
