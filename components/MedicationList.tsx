
export interface MedicationListItem {
  href: string;
  title: string;
  genericName: string;
  summary: string;
  /** The other names a reader may know it by (ITB therapy) and its other brands (Gablofen), said quietly under the title. */
  alsoCalled: readonly string[];
  otherBrands: readonly string[];
  urgent?: { href: string; prompt?: string };
}

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
      {items.map((item) => (
        <li key={item.href} className="border-l-4 border-blue-800 bg-slate-50 px-4 py-3 dark:border-blue-300 dark:bg-slate-800">
          <a href={item.href} className="text-xl font-bold text-blue-800 underline underline-offset-2 dark:text-blue-300">
            {item.title}
          </a>
          <p className="text-slate-800 dark:text-slate-200">{item.genericName}</p>
          {item.alsoCalled.length ? <p className="text-slate-800 dark:text-slate-200">Also called: {item.alsoCalled.join(', ')}</p> : null}
          {item.otherBrands.length ? (
            <p className="text-slate-800 dark:text-slate-200">
              {item.otherBrands.length > 1 ? 'Other brands' : 'Other brand'}: {item.otherBrands.join(', ')}
            </p>
          ) : null}
          {/* Straight to the urgent boxes, in the first screen for a reader in trouble. */}
          {item.urgent ? (
            <p className="mt-1">
              <a href={item.urgent.href} className="inline-block py-1 font-bold">
                {item.urgent.prompt ? `${item.urgent.prompt} ` : ''}Urgent advice<span className="sr-only"> about {item.title}</span>
              </a>
            </p>
          ) : null}
          <p className="mt-1">{item.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The home page's list of medications in A–Z order, each with the other names it is known by; a
 * long library gets an A–Z index so nobody scrolls through it.
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
