import { ExternalLink } from './ExternalLink';
import { PageSection } from './PageSection';

interface PrescribingInformationProps {
  id: string;
  title: string;
  /** The label's own title and address. */
  link: { title: string; url: string };
}

/** The official label, named as such and flagged as written for health professionals. */
export function PrescribingInformation({ id, title, link }: PrescribingInformationProps) {
  return (
    <PageSection
      id={id}
      title={title}
      className="prescribing-information mt-10 border-l-4 border-slate-500 bg-slate-100 px-4 py-4 dark:bg-slate-800"
    >
      <p className="mt-2">
        The full official information about this medicine. It is written for health professionals, such as doctors,
        nurses and pharmacists.
      </p>
      <p className="mt-2">
        <ExternalLink href={link.url} className="font-bold underline">
          {link.title}
        </ExternalLink>
      </p>
    </PageSection>
  );
}
