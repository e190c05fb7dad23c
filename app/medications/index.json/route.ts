import { getMedications } from '@/lib/content';
import { indexJson } from '@/lib/reuse';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(indexJson(getMedications()));
}
