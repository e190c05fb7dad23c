import type { Publisher } from '@/lib/site/site';

/** How to reach the publisher, or a plain "not set yet" (never an invented address). */
export function PublisherContact({ contact }: { contact: Publisher['contact'] }) {
  return contact ? (
    <p>
      To tell us about a mistake, a problem or a question, write to <a href={contact.href}>{contact.text}</a>. We cannot give medical advice:
      ask your care team.
    </p>
  ) : (
    <p>This copy of the site does not yet give a contact address.</p>
  );
}
