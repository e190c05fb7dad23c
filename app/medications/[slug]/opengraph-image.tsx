import { ImageResponse } from 'next/og';
import { getMedication, getSiteIndex, medicationNamed } from '@/lib/content/content';
import { previewImageRoute } from '@/lib/site/routes';
import { drawable, undrawableIn } from '@/lib/text/preview-text';
import { siteName } from '@/lib/site/site';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'The medicine’s brand name and generic name, on a Medicines Explained card';

export function generateStaticParams() {
  return previewImageRoute.params(getSiteIndex());
}

/**
 * The link-preview card: brand and generic name large enough to read as a chat thumbnail, drawn
 * only with the bundled font (lib/text/preview-text.ts), so the build never reaches for the network.
 */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { facts, file } = medicationNamed(slug)?.medication ?? getMedication(slug);
  const missing = undrawableIn(`${facts.title}${facts.genericName}`);
  if (missing.length) console.warn(`build warning: ${file}: the link-preview image of /medications/${slug}/ leaves out ${missing.map((c) => JSON.stringify(c)).join(', ')}, which its font cannot draw`);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#1e40af', color: '#fff', padding: 72 }}>
        <div style={{ fontSize: 40, opacity: 0.9 }}>{siteName}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 96, fontWeight: 700, lineHeight: 1.05 }}>{drawable(facts.title)}</div>
          <div style={{ fontSize: 60, marginTop: 20 }}>{drawable(facts.genericName)}</div>
        </div>
        <div style={{ fontSize: 36, opacity: 0.9 }}>Plain-language guide for patients and families</div>
      </div>
    ),
    size,
  );
}
