import type { CardFace, WalletCardFacts } from '@/lib/model/schema';
import { formatDate, siteName } from '@/lib/site/site';
import { LabelledLine } from './LabelledLine';

/** Crop marks just outside each corner, and fold marks beyond the ends of each fold line. */
const cutMarks = ['tl-h', 'tl-v', 'tr-h', 'tr-v', 'bl-h', 'bl-v', 'br-h', 'br-v', 'fold-top', 'fold-bottom', 'fold-left', 'fold-right'];

function Face({ face }: { face: CardFace }) {
  // Short signs run on in one paragraph; items that are sentences (each alarm and its action) stand one a line.
  const sentences = face.items.some((item) => /[.!?]$/.test(item));
  return (
    <div className="wallet-card-face" role="group" aria-label={face.title}>
      <p className="wallet-card-title">{face.title}</p>
      <ul className={sentences ? 'wallet-card-lines' : 'wallet-card-signs'}>
        {face.items.map((item) => (
          <li key={item}>
            <LabelledLine text={item} />
          </li>
        ))}
      </ul>
      {face.action.map((action) => (
        <p key={action} className="wallet-card-action">
          {action}
        </p>
      ))}
    </div>
  );
}

/**
 * An emergency card that folds to ID-1 size (85.6 × 54 mm, a bank card): a cover with the
 * reader's statement, the blanks and where the card came from, then one panel for each face (the
 * signs and what to do), two panels across. One outline round them all, a dashed line at each
 * fold, crop marks outside the corners. Print, cut round the outline, fold, keep in a wallet. The
 * card takes as many panels as its safety lines need: a line is never dropped to fit.
 */
export function WalletCard({ card, reviewed }: { card: WalletCardFacts; reviewed: string }) {
  const rows = Math.ceil((card.faces.length + 1) / 2);
  return (
    <div className="wallet-card-sheet">
      <div className="wallet-card" role="group" aria-label="Emergency card" data-rows={rows}>
        {cutMarks.map((mark) => (
          <span key={mark} className={`cut-mark ${mark}`} aria-hidden="true" />
        ))}
        <div className="wallet-card-face wallet-card-cover" role="group" aria-label="Cover of the card">
          <p className="wallet-card-statement">{card.statement}</p>
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
          <p className="wallet-card-origin" data-ui>
            {siteName} · reviewed <time dateTime={reviewed}>{formatDate(reviewed)}</time>
          </p>
        </div>
        {card.faces.map((face) => (
          <Face key={face.title} face={face} />
        ))}
      </div>
    </div>
  );
}
