import type { CardFace, WalletCardFacts } from '@/lib/schema';

/** Crop marks just outside each corner, and fold marks at the ends of the fold line. */
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

/**
 * An emergency card at ID-1 size (85.6 × 54 mm, a bank card), front and back side by side with a
 * fold line between them and cut marks at the corners: print, cut round the outside, fold, keep
 * in a wallet.
 */
export function WalletCard({ card }: { card: WalletCardFacts }) {
  return (
    <div className="wallet-card-sheet">
      <div className="wallet-card" role="group" aria-label="Emergency card">
        {cutMarks.map((mark) => (
          <span key={mark} className={`cut-mark ${mark}`} aria-hidden="true" />
        ))}
        <div className="wallet-card-face" role="group" aria-label="Front of the card">
          <p className="wallet-card-statement">{card.statement}</p>
          <Face face={card.front} />
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
        </div>
      </div>
    </div>
  );
}
