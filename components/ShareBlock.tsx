import QRCode from 'qrcode';
import { PageSection } from './PageSection';

/** The QR code as one SVG path: drawn at build time, no script and no image request. */
function qrPath(url: string): { size: number; d: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let y = 0; y < modules.size; y++) {
    // One rectangle per horizontal run of dark modules keeps the path short.
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(x, y)) continue;
      const start = x;
      while (x + 1 < modules.size && modules.get(x + 1, y)) x++;
      d += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  }
  return { size: modules.size, d };
}

interface ShareBlockProps {
  id: string;
  url: string;
}

/**
 * "Share this page" for clinicians: the address to read out or type, and a QR code that a phone
 * camera opens. Both print on the handout, so a paper copy leads back to the checked page.
 */
export function ShareBlock({ id, url }: ShareBlockProps) {
  const { size, d } = qrPath(url);
  const quiet = 4; // the blank border a scanner needs
  return (
    <PageSection id={id} title="Share this page" className="share-block mt-10 border-t border-slate-300 pt-6 dark:border-slate-600">
      <div className="mt-3 flex flex-wrap items-center gap-6">
        <svg
          role="img"
          aria-label={`QR code for this page: ${url}`}
          viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
          width="160"
          height="160"
          shapeRendering="crispEdges"
          className="qr-code shrink-0 bg-white"
        >
          <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
          <path d={d} fill="#000" />
        </svg>
        <div className="min-w-0">
          <p>Scan the code with a phone camera, or type this address:</p>
          <p className="share-url mt-1 font-mono text-base break-all">{url}</p>
        </div>
      </div>
    </PageSection>
  );
}
