import { Fragment } from 'react';

/**
 * A web address that wraps only after a slash, a dot or a hyphen, never inside a word: on paper a
 * reader types it back in, and "example.or / g/medications" reads as two addresses.
 */
export function WebAddress({ url }: { url: string }) {
  const parts = url.match(/^[a-z]+:\/\/|[^/.-]+[/.-]*|[/.-]+/g) ?? [url];
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      <span className="whitespace-nowrap">{part}</span>
    </Fragment>
  ));
}
