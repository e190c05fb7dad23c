import { pageAnchors } from '@/lib/site/page-anchors';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id={pageAnchors.main} className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We could not find the page you asked for. The address may be mistyped, or the page may have moved.</p>
      <p className="mt-4">
        <a href="/" className="font-bold text-blue-800 underline dark:text-blue-300">
          Go to the list of all medications
        </a>
      </p>
      <p className="mt-4">If you need help with your medicine now, contact your care team.</p>
    </main>
  );
}
