interface TakeHomeLinksProps {
  summaryHref: string;
  /** Only for medicines whose page declares a wallet card. */
  cardHref?: string;
  className?: string;
}

/** "Print a two-page summary" and "Print an emergency card": what a patient keeps at home and carries. */
export function TakeHomeLinks({ summaryHref, cardHref, className = '' }: TakeHomeLinksProps) {
  return (
    <ul className={`take-home-links flex flex-wrap gap-x-6 gap-y-2 ${className}`}>
      <li>
        <a href={summaryHref} className="inline-block py-1 font-bold">
          Print a two-page summary
        </a>
      </li>
      {cardHref ? (
        <li>
          <a href={cardHref} className="inline-block py-1 font-bold">
            Print an emergency card
          </a>
        </li>
      ) : null}
    </ul>
  );
}
