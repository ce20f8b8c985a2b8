/**
 * securityDriver (`app.security`): untrusted input and the Content-Security-Policy. Covers
 * traces of injected markup and a probe that tries an inline script and a foreign fetch.
 */
import type { PageHelper } from './playwright-helper';

export class SecurityDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /**
   * Signs that text was treated as markup: the `window.__xss` flag hostile payloads set,
   * elements they would create, inline event handlers and javascript: links anywhere in
   * the document. These show an injection even where the CSP stops the script itself.
   */
  async injectionTraces(): Promise<{ xss: unknown; injectedElements: string[]; handlers: string[]; scriptLinks: string[] }> {
    return this.#ui.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        xss: (window as unknown as { __xss?: unknown }).__xss,
        injectedElements: [...document.querySelectorAll('img[src="x"], body script:not([src]), svg[onload], iframe')].map((e) => e.outerHTML),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
        scriptLinks: all.flatMap((e) =>
          [...e.attributes]
            .filter((a) => ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*javascript:/i.test(a.value))
            .map((a) => `${e.tagName} ${a.name}=${a.value}`),
        ),
      };
    });
  }

  /** Adds an inline script and fetches a foreign URL; reports whether either worked and the CSP violations. */
  async tryInlineScriptAndForeignFetch(): Promise<{ inlineRan: boolean; fetched: boolean; violations: string[] }> {
    return this.#ui.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      let fetched = true;
      try {
        await fetch('https://example.com/tiles/1/1/1.png');
      } catch {
        fetched = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        fetched,
        violations,
      };
    });
  }
}
