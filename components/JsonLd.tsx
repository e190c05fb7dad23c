import { serializeJsonLd } from '@/lib/reuse/structured-data';

/** Structured data for search engines. Browsers never run it, so it needs no script permission. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
