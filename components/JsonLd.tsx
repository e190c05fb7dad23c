/**
 * JSON for an inline <script type="application/ld+json">. `<`, `>` and `&` are escaped as JSON
 * unicode escapes, so no text in the content can close the script element or open a comment;
 * the parsed JSON is unchanged.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Structured data for search engines, made by the route (lib/reuse). Browsers never run it, so it needs no script permission. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
