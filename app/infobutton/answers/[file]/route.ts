import { getMedications, getSiteIndex } from '@/lib/content/content';
import { knowledgeAtom, knowledgeJson } from '@/lib/reuse/knowledge-response';
import { infobuttonAnswerRoute } from '@/lib/site/routes';

// Written once at build time; the hosts send a health record's request for a machine answer here.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return infobuttonAnswerRoute.params(getSiteIndex());
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const name = file.replace(/\.(json|atom)$/, '');
  if (file.endsWith('.json')) {
    const json = knowledgeJson(name, getMedications());
    if (json) return Response.json(json);
  } else {
    const atom = knowledgeAtom(name, getMedications());
    if (atom) return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  }
  return new Response('Not found', { status: 404 });
}
