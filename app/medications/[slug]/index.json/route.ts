import { getMedication, getSiteIndex } from '@/lib/content/content';
import { monographJson } from '@/lib/reuse/reuse';
import { jsonRoute } from '@/lib/site/routes';

// Written once at build time, like every page.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return jsonRoute.params(getSiteIndex());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return Response.json(monographJson(getMedication((await params).slug)));
}
