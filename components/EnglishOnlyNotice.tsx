import type { Medication } from '@/lib/model/model';
import { pageAnchors } from '@/lib/site/page-anchors';

/**
 * Where a health record's link lands when it asks for a language other than English: the page is
 * in English only, said in Spanish (the one other language the issue that asked for this named) and
 * in English, with the link to the page. No translated medical text: a translation would need a
 * clinical review first.
 */
export function EnglishOnlyNotice({ medication }: { medication: Medication }) {
  const { title } = medication.facts;
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <div lang="es">
        <h1 className="text-3xl font-bold">Esta información solo está en inglés</h1>
        <p className="mt-4 text-lg">
          Desde su expediente médico se pidió esta información en otro idioma. La página sobre {title} solo está en inglés: solo publicamos traducciones revisadas por un profesional de la salud, y esta página todavía no tiene una.
        </p>
        <p className="mt-3">Si necesita esta información en otro idioma, pregunte a su equipo de atención médica.</p>
        <p className="mt-3 text-lg font-bold">
          <a href={medication.href} hrefLang="en">
            Ir a la página sobre {title} (en inglés)
          </a>
        </p>
      </div>
      <h2 className="mt-10 text-2xl font-bold">This information is in English only</h2>
      <p className="mt-3">
        Your health record asked for this information in another language. The page about {title} is in English only: we publish a translation only after a health professional has checked it, and this page has none yet.
      </p>
      <p className="mt-3 text-lg font-bold">
        <a href={medication.href}>Go to the page about {title}</a>
      </p>
    </main>
  );
}
