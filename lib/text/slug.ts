/**
 * The one shape of a slug: a file's address (`lioresal-intrathecal`), an other name's, a source
 * id. Lowercase letters, digits and single hyphens, short enough for any file system and for a
 * reader to type.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugMaxLength = 80;

/** Why a slug cannot be an address, or undefined when it can. */
export function addressProblem(slug: string): string | undefined {
  if (!slugPattern.test(slug)) return 'must be lowercase letters, digits and single hyphens (it becomes the address)';
  if (slug.length > slugMaxLength) return `is ${slug.length} characters long: an address may have at most ${slugMaxLength}`;
  return undefined;
}
