import type { WalletCardFacts } from '@/lib/model/schema';

/**
 * "Print and take home", in "Share this page". On paper a link to print something else is no use.
 * The links themselves are at the top of the page only: a second pair cost two of the 45 tab stops
 * a keyboard user has (issue 17). The card's statement is quoted, so a review of the page reviews it.
 */
export function TakeHomeOffer({ card }: { card?: WalletCardFacts }) {
  return (
    <div className="take-home-offer">
      <h3 className="mt-6 text-xl font-bold">Print and take home</h3>
      <p className="mt-2">
        {card ? 'To print a two-page summary or an emergency card, use the links under “On this page”.' : 'To print a two-page summary, use the link under “On this page”.'}
      </p>
      {card ? (
        <p className="mt-2">
          The emergency card says: <q>{card.statement}</q> It lists the signs to watch for and what to do.
        </p>
      ) : null}
    </div>
  );
}
