import type { ReactNode } from 'react';

interface PageTitleProps {
  title: ReactNode;
  /** The second line: the generic name, or which page of the medicine this is. */
  subtitle: ReactNode;
  /** What a screen reader hears between the two ("Lioresal Intrathecal, baclofen"). */
  separator?: ', ' | ': ';
  /** A reading page's title grows on a wide screen; a page made to print keeps one size. */
  grows?: boolean;
}

/** A page's h1: the title, and a quieter second line under it, heard as one heading. */
export function PageTitle({ title, subtitle, separator = ', ', grows = true }: PageTitleProps) {
  return (
    <h1 className={grows ? 'text-2xl font-bold sm:text-4xl' : 'text-3xl font-bold'}>
      {title}
      <span className="sr-only">{separator}</span>
      <span className={grows ? 'mt-1 block text-lg font-normal text-slate-700 sm:text-2xl dark:text-slate-300' : 'mt-1 block text-xl font-normal text-slate-700 dark:text-slate-300'}>{subtitle}</span>
    </h1>
  );
}
