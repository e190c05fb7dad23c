import type { CardFace, WalletCardFacts } from '@/lib/schema';
import { formatDate, siteName } from '@/lib/site';

/** Crop marks just outside each corner, and fold marks beyond the ends of the fold line. */
const cutMarks = ['tl-h', 'tl-v', 'tr-h', 'tr-v', 'bl-h', 'bl-v', 'br-h', 'br-v', 'fold-top', 'fold-bottom'];

function Face({ face }: { face: CardFace }) {
  return (
    <>
      <p className="wallet-card-title">{face.title}</p>
      <ul className="wallet-card-signs">
        {face.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="wallet-card-action">{face.action}</p>
    </>
  );
}

/** Whose card it is once it is cut out: the site's name and the page's review date, on each face. */
function FaceFooter({ reviewed }: { reviewed: string }) {
  return (
    <p className="wallet-card-origin" data-ui>
      {siteName} · reviewed <time dateTime={reviewed}>{formatDate(reviewed)}</time>
    </p>
  );
}

/**
 * An emergency card at ID-1 size (85.6 × 54 mm, a bank card), front and back side by side: one
 * outline round both faces, one dashed fold line between them, and cut marks outside the corners.
 * Print, cut round the outline, fold, keep in a wallet.
 */
export function WalletCard({ card, reviewed }: { card: WalletCardFacts; reviewed: string }) {
  return (
    <div className="wallet-card-sheet">
      <div className="wallet-card" role="group" aria-label="Emergency card">
        {cutMarks.map((mark) => (
          <span key={mark} className={`cut-mark ${mark}`} aria-hidden="true" />
        ))}
        <div className="wallet-card-face" role="group" aria-label="Front of the card">
          <p className="wallet-card-statement">{card.statement}</p>
          <Face face={card.front} />
          <FaceFooter reviewed={reviewed} />
        </div>
        <div className="wallet-card-face" role="group" aria-label="Back of the card">
          <Face face={card.back} />
          <dl className="wallet-card-blanks" data-fill-in>
            {card.blanks.map((field) => (
              <div key={field}>
                <dt>{field}:</dt>
                <dd>
                  <span className="sr-only">blank, to fill in</span>
                </dd>
              </div>
            ))}
          </dl>
          <FaceFooter reviewed={reviewed} />
        </div>
      </div>
    </div>
  );
}
