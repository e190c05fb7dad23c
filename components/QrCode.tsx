import QRCode from 'qrcode';

/**
 * The QR code as one SVG path: drawn at build time, no script and no image request. Each
 * horizontal run of dark modules is one stroke of width 1 along the middle of its row, written
 * with relative moves: about half the bytes of a filled rectangle per run.
 */
function qrPath(url: string): { size: number; d: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let y = 0; y < modules.size; y++) {
    let end: number | null = null; // where the last run of this row ended
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(x, y)) continue;
      const start = x;
      while (x + 1 < modules.size && modules.get(x + 1, y)) x++;
      d += end === null ? `M${start} ${y}.5` : `m${start - end} 0`;
      d += `h${x - start + 1}`;
      end = x + 1;
    }
  }
  return { size: modules.size, d };
}

interface QrCodeProps {
  url: string;
  /** Drawn size in CSS pixels. */
  size?: number;
  label?: string;
}

/** A phone camera opens `url` from this code, on screen or on paper. */
export function QrCode({ url, size: drawn = 160, label = `QR code for this page: ${url}` }: QrCodeProps) {
  const { size, d } = qrPath(url);
  const quiet = 4; // the blank border a scanner needs
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
      width={drawn}
      height={drawn}
      shapeRendering="crispEdges"
      className="qr-code shrink-0 bg-white"
    >
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={d} stroke="#000" />
    </svg>
  );
}
