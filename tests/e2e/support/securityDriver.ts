/**
 * securityDriver (`app.security`): untrusted input and the Content-Security-Policy. Covers
 * traces of injected markup, a probe that tries an inline script and a foreign fetch, the CSP
 * violations the page has reported since it loaded, and a probe that tries inline styles.
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
    const result = await this.#ui.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      let fetched = true;
      try {
        await fetch('https://example.com/tiles/1/1/1.png');
      } catch {
        fetched = false;
      }
      return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched };
    });
    // The violation reports arrive as events of their own: wait for both rather than a fixed time.
    await this.waitForCspViolation('script-src-elem');
    await this.waitForCspViolation('connect-src');
    const violations = (await this.cspViolations()).map((v) => v.split(' ')[0] ?? '');
    return { ...result, violations };
  }

  /** Every CSP violation the page reported since its first script (directive, blocked URI, source, sample). */
  async cspViolations(): Promise<string[]> {
    return this.#ui.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
  }

  /** Waits until the page has reported a violation of this directive (e.g. `style-src-elem`). */
  async waitForCspViolation(directive: string): Promise<void> {
    await this.#ui.waitForFunction(
      (d) => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).some((v) => v.startsWith(`${d} `)),
      directive,
    );
  }

  /**
   * Tries the inline styles a policy without 'unsafe-inline' refuses: a `<style>` element and a
   * `style="…"` attribute in parsed HTML. Reports whether either applied; the violations land in `cspViolations`.
   */
  async tryInlineStyles(): Promise<{ elementApplied: boolean; attributeApplied: boolean }> {
    return this.#ui.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '#csp-probe-a { width: 123px; }';
      document.head.append(style);
      const holder = document.createElement('div');
      holder.innerHTML = '<div id="csp-probe-a"></div><div id="csp-probe-b" style="width: 77px"></div>';
      holder.style.position = 'absolute';
      document.body.append(holder);
      const width = (id: string) => document.getElementById(id)!.getBoundingClientRect().width;
      const result = { elementApplied: width('csp-probe-a') === 123, attributeApplied: width('csp-probe-b') === 77 };
      holder.remove();
      style.remove();
      return result;
    });
  }
}
