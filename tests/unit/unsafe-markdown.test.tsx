import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/Markdown';
import { readFrontMatter } from '@/lib/text/front-matter';
import { renderBody } from '@/lib/markdown/render';
import { problemsOf } from './helpers';

const file = 'tests/fixtures/content/unsafe-markdown/medications/unsafe-markdown.md';

describe('unsafe Markdown', () => {
  const problems = problemsOf('unsafe-markdown');

  it('stops the build, naming the line of every payload: raw HTML, script URLs, data: images', () => {
    const raw = fs.readFileSync(file, 'utf8').split('\n');
    // Every line of the body that carries a payload is reported at least once (a reference link
    // where it is used, not where it is defined).
    const payloadLines = raw.flatMap((text, index) => (/<[a-z!/]|javascript:|vbscript:|data:/i.test(text) && index > 30 && !/^\[[^\]]+\]:/.test(text) ? [index + 1] : []));
    const reported = new Set(problems.map((p) => Number(/body line (\d+)/.exec(p)?.[1])));
    expect(payloadLines.length).toBeGreaterThan(20);
    expect(payloadLines.filter((line) => !reported.has(line))).toEqual([]);
    expect(problems).toContain(`${file}: body line 65: link "javascript:alert('md-link')" uses "javascript:", which a page may not link to (use https, mailto, tel or a path on this site)`);
    expect(problems).toContain(`${file}: body line 30: raw HTML is not allowed, write Markdown instead: "<script>alert('script')</script>"`);
  });

  it('would still reach the page as harmless text if the checks were bypassed: the sanitizer drops it all', () => {
    const front = readFrontMatter(fs.readFileSync(file, 'utf8'));
    if (!front.ok) throw new Error(front.message);
    const body = renderBody(front.body);
    const html = renderToStaticMarkup(
      <>
        <Markdown nodes={body.intro} />
        {body.sections.map((s) => (
          <Markdown key={s.id} nodes={s.node.children} />
        ))}
      </>,
    );
    expect(html).not.toMatch(/<(script|iframe|object|embed|form|input|button|meta|link|style|base|svg)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(on[a-z]+|srcdoc|style)=/i);
    expect(html).not.toMatch(/\s(href|src|action|formaction|data)="\s*(javascript|vbscript|data):/i);
    // What is left of a dropped link is its text, and of a dropped image its alt text.
    expect(html).toContain('<a>plain javascript</a>');
  });
});
