/**
 * What the link-preview image (app/medications/[slug]/opengraph-image.tsx) can draw with the font
 * next/og bundles: Latin letters with their accents, digits and punctuation. For anything else (an
 * emoji, another script) next/og would fetch a font from the network while building, which fails
 * offline; so the image leaves it out, and the build says what it left out.
 */
const undrawable = /[^\u0020-\u007E\u00A0-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u2122]/gu;

export const undrawableIn = (text: string): string[] => [...new Set(text.match(undrawable) ?? [])];

export const drawable = (text: string) => text.replace(undrawable, '').replace(/\s+/g, ' ').trim();
