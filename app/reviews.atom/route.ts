import { getMedications } from '@/lib/content';
import { reviewsFeed } from '@/lib/reuse';
import { feedRoute } from '@/lib/routes';

export const dynamic = 'force-static';

export function GET() {
  return new Response(reviewsFeed(getMedications()), { headers: { 'Content-Type': feedRoute.contentType! } });
}
