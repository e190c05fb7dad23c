import { ImageResponse } from 'next/og';
import { getMedication, getMedications, medicationNamed, siteIndex } from '@/lib/content';
import { previewImageRoute } from '@/lib/routes';
import { siteName } from '@/lib/site';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'The medicine’s brand name and generic name, on a Medicines Explained card';

export function generateStaticParams() {
  return previewImageRoute.params(siteIndex(getMedications()));
}

/** The link-preview card: brand and generic name large enough to read as a chat thumbnail. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { facts } = medicationNamed(slug)?.medication ?? getMedication(slug);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#1e40af', color: '#fff', padding: 72 }}>
        <div style={{ fontSize: 40, opacity: 0.9 }}>{siteName}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 96, fontWeight: 700, lineHeight: 1.05 }}>{facts.title}</div>
          <div style={{ fontSize: 60, marginTop: 20 }}>{facts.genericName}</div>
        </div>
        <div style={{ fontSize: 36, opacity: 0.9 }}>Plain-language guide for patients and families</div>
      </div>
    ),
    size,
  );
}
