import { getMedications } from '@/lib/content/content';
import { indexJson } from '@/lib/reuse/reuse';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(indexJson(getMedications()));
}
