/**
 * A list line whose first words, up to a colon, name what it is about ("A two-tone alarm: the
 * medicine is no longer flowing. …"): the name is drawn bold, so a carer tells two alarms apart
 * at a glance before reading what each means. A line with no such name is drawn as it is.
 */
export function LabelledLine({ text }: { text: string }) {
  const at = text.indexOf(': ');
  // A name is short and comes first; a colon late in a sentence is not one.
  if (at < 1 || at > 60) return <>{text}</>;
  return (
    <>
      <b>{text.slice(0, at + 1)}</b>
      {text.slice(at + 1)}
    </>
  );
}
