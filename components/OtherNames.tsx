/**
 * "Also called …" under the title: a reader who searched for another name (Gablofen, ITB
 * therapy) and was sent here sees that name on the first screen, with no script to know which.
 */
export function OtherNames({ names }: { names: readonly string[] }) {
  if (!names.length) return null;
  return (
    <p className="other-names mt-2">
      Also called{' '}
      {names.map((name, index) => (
        <span key={name}>
          {index === 0 ? '' : index === names.length - 1 ? ' or ' : ', '}
          <b>{name}</b>
        </span>
      ))}
      .
    </p>
  );
}
