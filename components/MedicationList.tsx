
export type MedicationListItem =
  | { href: string; title: string; genericName: string; summary: string; see?: undefined; urgent?: { href: string; prompt?: string } }
  /** Another name, indexed where a reader looks for it: "Gablofen — see Lioresal Intrathecal". */
  | { href: string; title: string; see: string };

interface MedicationListProps {
  items: MedicationListItem[];
  /** Above this many entries the list is grouped by first letter with A–Z jump links. */
  groupAbove?: number;
}

const letterOf = (title: string) => {
  const first = title.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
};

const anchorFor = (letter: string) => `letter-${letter === '#' ? 'other' : letter}`;

function Entries({ items }: { items: MedicationListItem[] }) {
  return (
    <ul className="mt-3 space-y-3">
      {items.map((item) =>
        item.see !== undefined ? (
          <li key={`${item.title}:${item.href}`} className="see-also px-4 py-1 text-lg">
            {item.title} — see{' '}
            <a href={item.href} className="font-bold text-blue-800 underline underline-offset-2 dark:text-blue-300">
              {item.see}
            </a>
          </li>
        ) : (
          <li key={item.href} className="border-l-4 border-blue-800 bg-slate-50 px-4 py-3 dark:border-blue-300 dark:bg-slate-800">
            <a href={item.href} className="text-xl font-bold text-blue-800 underline underline-offset-2 dark:text-blue-300">
              {item.title}
            </a>
            <p className="text-slate-800 dark:text-slate-200">{item.genericName}</p>
            {/* Straight to the urgent boxes, near the top of the home page for a reader in trouble. */}
            {item.urgent ? (
              <p className="mt-1">
                <a href={item.urgent.href} className="inline-block py-1 font-bold">
                  {item.urgent.prompt ? `${item.urgent.prompt} ` : ''}Urgent advice
                </a>
              </p>
            ) : null}
            <p className="mt-1">{item.summary}</p>
          </li>
        ),
      )}
    </ul>
  );
}

/**
 * The home page's list of medications and their other names, in one A–Z order (as the NHS and the
 * BNF index them); a long library gets an A–Z index so nobody scrolls through it.
 */
export function MedicationList({ items: unsorted, groupAbove = 20 }: MedicationListProps) {
  const items = [...unsorted].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
  if (items.length <= groupAbove) return <Entries items={items} />;

  const groups = new Map<string, MedicationListItem[]>();
  for (const item of items) {
    const letter = letterOf(item.title);
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  const letters = [...groups.keys()].sort();

  return (
    <>
      <nav aria-label="Medications A to Z" id="az-index" className="az-index mt-4">
        <ul className="flex flex-wrap gap-2">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#${anchorFor(letter)}`} className="inline-flex h-11 min-w-11 items-center justify-center border border-blue-800 px-2 font-bold text-blue-800 underline dark:border-blue-300 dark:text-blue-300">
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={anchorFor(letter)} className="mt-8">
          <h3 id={anchorFor(letter)} className="text-2xl font-bold">
            {letter}
          </h3>
          <Entries items={groups.get(letter) ?? []} />
          <p className="mt-3">
            <a href="#az-index" className="inline-block py-2">
              Back to A to Z
            </a>
          </p>
        </section>
      ))}
    </>
  );
}
