import type { MetadataRoute } from 'next';
import { siteName, siteTagline } from '@/lib/site';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: siteName,
    short_name: 'Medicines',
    description: siteTagline,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1e40af',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
