import type { Medication } from '@/lib/model/model';
import { pageAnchors } from '@/lib/site/page-anchors';
import type { WalletCardFacts } from '@/lib/model/schema';
import { formatDate } from '@/lib/site/site';
import { WalletCard } from './WalletCard';
import { DraftBanner } from './DraftBanner';
import { PageTitle } from './PageTitle';

/** The page that prints the wallet card: how to print and fold it, the card, and the way back. */
export function WalletCardPage({ medication, card }: { medication: Medication; card: WalletCardFacts }) {
  const { facts } = medication;
  return (
    <main id={pageAnchors.main} className="wallet-card-page mx-auto max-w-3xl px-4 py-8">
      {medication.facts.draft ? <DraftBanner /> : null}
      <PageTitle title={facts.title} subtitle="Emergency card for your wallet" grows={false} />
      <ol className="card-steps mt-4 list-decimal space-y-1 pl-6" data-ui>
        <li>Print this page at actual size (100%), on A4 or US Letter paper.</li>
        <li>Cut along the outside edge, where the corner marks show.</li>
        <li>Fold along the dashed lines, so the cover (with &ldquo;I have an implanted&nbsp;&hellip;&rdquo;) is on the outside.</li>
        <li>Fill in the blanks on the cover by hand, and keep the card in your wallet.</li>
      </ol>
      <WalletCard card={card} reviewed={facts.lastReviewed} />
      <p className="card-source mt-4" data-ui>
        Made from the page <a href={medication.href}>{facts.title}</a>, last reviewed{' '}
        <time dateTime={facts.lastReviewed}>{formatDate(facts.lastReviewed)}</time>.
      </p>
    </main>
  );
}
