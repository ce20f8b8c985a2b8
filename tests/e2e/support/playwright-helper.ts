/**
 * The ONLY module of the end-to-end tests that imports Playwright (playwright-core and
 * @axe-core/playwright). It launches the browser and wraps one page in `PageHelper`, a small
 * set of page-level primitives addressed by selector strings. Domain drivers (layoutDriver,
 * workbenchDriver, …) are built on it; specs never see it.
 *
 * Selectors are Playwright selector strings; `tid('x')` is `[data-testid="x"]`, and
 * `tid('a', 'b')` is an element with test id b inside one with test id a. As with
 * `page.getByTestId`, actions and single-element reads are strict: more than one match throws.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Route } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every headless Chromium of the project's tests and scripts runs with. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  isMobile?: boolean;
  hasTouch?: boolean;
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Extra environment for the browser process (e.g. FONTCONFIG_FILE to hide fonts). */
  env?: Record<string, string>;
  /** 'block': no service worker (its precache would answer requests a spec intercepts, e.g. after a reload). */
  serviceWorkers?: 'allow' | 'block';
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** What a test's browser context is given, in a browser of its own or in the shared one (one list, so the two cannot drift). */
function contextOptions(options: LaunchOptions) {
  return {
    viewport: options.viewport ?? { width: 1366, height: 768 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    isMobile: options.isMobile ?? false,
    hasTouch: options.hasTouch ?? false,
    locale: options.locale ?? 'zh-CN',
    reducedMotion: options.reducedMotion ?? 'reduce',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  } as const;
}

/** A fresh headless Chromium with its own profile folder, removed on close. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'yc-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    ...contextOptions(options),
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

let shared: Promise<Browser> | null = null;

/**
 * The end-to-end tests' one browser, launched on first use and shared by every test of the run
 * (vitest.e2e.config.ts runs the files one after another in one worker): each test gets a
 * context of its own (fresh storage, cookies, service workers), which costs a fraction of a
 * browser launch. The browser ends with the worker.
 */
async function sharedBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const browser = await shared.catch((error: unknown) => {
    shared = null;
    throw error;
  });
  if (browser.isConnected()) return browser;
  shared = null;
  return sharedBrowser();
}

/**
 * A fresh context for one test: in the shared browser, or (with `env`, which only a browser
 * process of its own can take, or E2E_FRESH_BROWSER=1) in a browser launched for it.
 */
async function testContext(options: LaunchOptions): Promise<LaunchedBrowser> {
  if (options.env || process.env.E2E_FRESH_BROWSER === '1') return launchBrowser(options);
  const context = await (await sharedBrowser()).newContext({
    ...contextOptions(options),
  });
  return { context, close: () => context.close() };
}

/** A CSS attribute value in double quotes, escaped (test ids may hold any text, e.g. an imported property's name). */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** `[data-testid="…"]` (escaped), nested left to right: `tid('a', 'b')` is a b inside an a. */
export function tid(...ids: string[]): string {
  return ids.map((id) => `[data-testid=${cssString(id)}]`).join(' >> ');
}

/** A request the test intercepts (e.g. held back, failed or answered with a blank tile). */
export interface InterceptedRequest {
  readonly url: string;
  readonly method: string;
  /** The request's headers, names in lower case. */
  readonly headers: Record<string, string>;
  continue(): Promise<void>;
  abort(errorCode: string): Promise<void>;
  fulfill(response: { status: number; contentType?: string; body: Buffer | string; headers?: Record<string, string> }): Promise<void>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Downloaded {
  name: string;
  path: string;
  bytes: Buffer;
}

/** What `PageHelper.axe` reports: the rules axe found broken (with the offending elements) and those that passed. */
export interface AxeResults {
  violations: { id: string; help: string; tags: string[]; nodes: { target: string[] }[] }[];
  passes: { id: string; tags: string[] }[];
}

export interface PageEvents {
  onConsoleError: (text: string) => void;
  onDialog: (message: string) => void;
  onRequest: (url: string) => void;
}

type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

/** Page-level primitives for the drivers. Holds the page; nothing outside support/ gets it. */
export class PageHelper {
  readonly #page: Page;

  private constructor(page: Page) {
    this.#page = page;
  }

  /** A fresh browser context (in the run's shared browser) and its first page, wired to the given listeners. */
  static async launch(options: LaunchOptions, events: PageEvents): Promise<{ ui: PageHelper; close: () => Promise<void> }> {
    const browser = await testContext(options);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await PageHelper.#listen(page, events);
    return { ui: new PageHelper(page), close: () => browser.close() };
  }

  /** Another tab in the same browser (same profile, same storage), wired to the given listeners. */
  async openTab(events: PageEvents): Promise<{ ui: PageHelper; close: () => Promise<void> }> {
    const page = await this.#page.context().newPage();
    await PageHelper.#listen(page, events);
    return { ui: new PageHelper(page), close: () => page.close() };
  }

  static async #listen(page: Page, events: PageEvents): Promise<void> {
    page.on('console', (message) => {
      if (message.type() === 'error') events.onConsoleError(message.text());
    });
    page.on('pageerror', (error) => events.onConsoleError(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      events.onDialog(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => events.onRequest(request.url()));
    // From the first script on, every Content-Security-Policy violation is kept (securityDriver reads them).
    // A string, not a function: tsx would wrap it in helpers the page lacks.
    await page.addInitScript(`
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));
      });
      // The moment of the map's first idle, for what the first screen fetched (loadingDriver).
      (function watchFirstIdle() {
        const map = window.__yongchuanMap && window.__yongchuanMap.map;
        if (map) map.once('idle', () => { window.__firstIdleAt = performance.now(); });
        else requestAnimationFrame(watchFirstIdle);
      })();
    `);
  }

  #at(selector: string): Locator {
    return this.#page.locator(selector);
  }

  // ---- navigation, network, emulation ----

  async goto(url: string): Promise<void> {
    await this.#page.goto(url);
  }
  async reload(): Promise<void> {
    await this.#page.reload();
  }
  async goBack(): Promise<void> {
    await this.#page.goBack();
  }
  url(): string {
    return this.#page.url();
  }
  async setOffline(offline: boolean): Promise<void> {
    await this.#page.context().setOffline(offline);
  }
  async emulatePrint(on: boolean): Promise<void> {
    await this.#page.emulateMedia({ media: on ? 'print' : 'screen' });
  }
  /** Intercepts requests whose URL matches (a pattern, or one exact address). */
  async intercept(url: RegExp | string, handler: (request: InterceptedRequest) => unknown): Promise<void> {
    await this.#page.route(url, (route: Route) =>
      handler({
        url: route.request().url(),
        method: route.request().method(),
        headers: route.request().headers(),
        continue: () => route.continue(),
        abort: (code) => route.abort(code),
        fulfill: (response) => route.fulfill(response),
      }),
    );
  }

  /** Calls `handler` with the status and address of every response the page receives from now on. */
  onResponse(handler: (status: number, url: string) => void): void {
    this.#page.on('response', (response) => handler(response.status(), response.url()));
  }

  // ---- scripts in the page ----

  async evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // The arguments are plain data (no handles), so Playwright's Unboxed<A> is A itself.
    const evaluate = this.#page.evaluate.bind(this.#page) as <T, U>(f: (a: U) => T | Promise<T>, a: U) => Promise<T>;
    return evaluate(fn, arg as A);
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg: A, timeout = 30_000): Promise<void> {
    const waitFor = this.#page.waitForFunction.bind(this.#page) as <U>(f: (a: U) => unknown, a: U, o: { timeout: number }) => Promise<unknown>;
    await waitFor(fn, arg, { timeout });
  }
  /** Runs a function on the (single) element a selector matches. */
  async evaluateOn<R>(selector: string, fn: (element: HTMLElement) => R): Promise<R> {
    return this.#at(selector).evaluate(fn);
  }
  /** One attribute of every element a selector matches, in document order. */
  async attributeOfAll(selector: string, name: string): Promise<(string | null)[]> {
    return this.#at(selector).evaluateAll((elements, attribute) => elements.map((e) => e.getAttribute(attribute)), name);
  }

  // ---- elements ----

  async click(selector: string): Promise<void> {
    await this.#at(selector).click();
  }
  /** Clicks an element that reloads or navigates the page, and waits until the new page has loaded. */
  async clickAndWaitForLoad(selector: string): Promise<void> {
    await Promise.all([this.#page.waitForEvent('load'), this.#at(selector).click()]);
  }
  async clickFirst(selector: string): Promise<void> {
    await this.#at(selector).first().click();
  }
  async tap(selector: string): Promise<void> {
    await this.#at(selector).tap();
  }
  /** Clicks an element by its role and accessible name (`exact`: the whole name, case-sensitive). */
  async clickRole(role: 'button', name: string, options: { exact?: boolean } = {}): Promise<void> {
    await this.#page.getByRole(role, { name, exact: options.exact ?? false }).click();
  }
  async check(selector: string): Promise<void> {
    await this.#at(selector).check();
  }
  async uncheck(selector: string): Promise<void> {
    await this.#at(selector).uncheck();
  }
  async isChecked(selector: string): Promise<boolean> {
    return this.#at(selector).isChecked();
  }
  async fill(selector: string, value: string): Promise<void> {
    await this.#at(selector).fill(value);
  }
  async pressOn(selector: string, key: string): Promise<void> {
    await this.#at(selector).press(key);
  }
  async selectOption(selector: string, value: string): Promise<void> {
    await this.#at(selector).selectOption(value);
  }
  async focus(selector: string): Promise<void> {
    await this.#at(selector).focus();
  }
  async inputValue(selector: string): Promise<string> {
    return this.#at(selector).inputValue();
  }
  async textContent(selector: string): Promise<string | null> {
    return this.#at(selector).textContent();
  }
  async firstTextContent(selector: string): Promise<string | null> {
    return this.#at(selector).first().textContent();
  }
  async firstInnerText(selector: string): Promise<string> {
    return this.#at(selector).first().innerText();
  }
  async allTextContents(selector: string): Promise<string[]> {
    return this.#at(selector).allTextContents();
  }
  async allInnerTexts(selector: string): Promise<string[]> {
    return this.#at(selector).allInnerTexts();
  }
  async attribute(selector: string, name: string): Promise<string | null> {
    return this.#at(selector).getAttribute(name);
  }
  async isDisabled(selector: string): Promise<boolean> {
    return this.#at(selector).isDisabled();
  }
  async isVisible(selector: string): Promise<boolean> {
    return this.#at(selector).isVisible();
  }
  async count(selector: string): Promise<number> {
    return this.#at(selector).count();
  }
  async box(selector: string): Promise<Box | null> {
    return this.#at(selector).boundingBox();
  }
  async waitFor(selector: string, state: WaitState = 'visible', timeout?: number): Promise<void> {
    await this.#at(selector).waitFor({ state, ...(timeout === undefined ? {} : { timeout }) });
  }
  async waitForFirst(selector: string, timeout?: number): Promise<void> {
    await this.#at(selector).first().waitFor(timeout === undefined ? {} : { timeout });
  }
  /** Waits for an element with exactly this text, inside the element `within` matches. */
  async waitForText(within: string, text: string, options: { exact?: boolean; timeout?: number } = {}): Promise<void> {
    const where = within ? this.#at(within).getByText(text, { exact: options.exact ?? false }) : this.#page.getByText(text, { exact: options.exact ?? false });
    await where.waitFor(options.timeout === undefined ? {} : { timeout: options.timeout });
  }
  async scrollIntoView(selector: string): Promise<void> {
    await this.#at(selector).scrollIntoViewIfNeeded();
  }
  async setInputFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.#at(selector).setInputFiles(file);
  }
  /** Chooses a file on disk in a file input (its name is the file's own). */
  async setInputFilePath(selector: string, path: string): Promise<void> {
    await this.#at(selector).setInputFiles(path);
  }
  /** Drops a binary file onto an element, as dragging it from the desktop does. */
  async dropBytes(selector: string, name: string, bytes: Buffer): Promise<void> {
    const transfer = await this.#page.evaluateHandle(
      ([fileName, base64]) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0))], fileName!, { type: 'application/octet-stream' }));
        return data;
      },
      [name, bytes.toString('base64')],
    );
    const target = this.#at(selector);
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }
  /** Drops a file onto an element, as dragging it from the desktop does. */
  async dropFile(selector: string, name: string, text: string): Promise<void> {
    const transfer = await this.#page.evaluateHandle(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content!], fileName!, { type: 'application/octet-stream' }));
        return data;
      },
      [name, text],
    );
    const target = this.#at(selector);
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  // ---- mouse and keyboard ----

  async pressKey(key: string): Promise<void> {
    await this.#page.keyboard.press(key);
  }
  async mouseClick(x: number, y: number): Promise<void> {
    await this.#page.mouse.click(x, y);
  }
  async mouseMove(x: number, y: number, steps?: number): Promise<void> {
    await this.#page.mouse.move(x, y, steps === undefined ? undefined : { steps });
  }
  async mouseDown(): Promise<void> {
    await this.#page.mouse.down();
  }
  async mouseUp(): Promise<void> {
    await this.#page.mouse.up();
  }

  // ---- downloads, screenshots, fonts, axe ----

  /** Clicks (the element `selector`, or via `click`) and returns the file the page downloads. */
  async download(click: string | (() => Promise<void>), timeout = 30_000): Promise<Downloaded> {
    const [download] = await Promise.all([
      this.#page.waitForEvent('download', { timeout }),
      typeof click === 'string' ? this.#at(click).click() : click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
  }
  async screenshot(path: string, fullPage = false): Promise<void> {
    await this.#page.screenshot({ path, fullPage });
  }
  async screenshotOf(selector: string, path: string): Promise<void> {
    await this.#at(selector).screenshot({ path });
  }
  /** The fonts Chromium really used to draw the text of the first element matching a CSS selector. */
  async fontsUsedFor(selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
    const client = await this.#page.context().newCDPSession(this.#page);
    try {
      await client.send('DOM.enable');
      await client.send('CSS.enable');
      const { root } = await client.send('DOM.getDocument');
      const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts;
    } finally {
      await client.detach();
    }
  }
  /** The page's JavaScript heap in use after a garbage collection, in MB (Chromium's own figure). */
  async heapUsedMb(): Promise<number> {
    const client = await this.#page.context().newCDPSession(this.#page);
    try {
      await client.send('Performance.enable');
      await client.send('HeapProfiler.collectGarbage');
      const { metrics } = await client.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
    } finally {
      await client.detach();
    }
  }
  /**
   * axe-core's results on the page outside the excluded selector: every rule it runs by default,
   * plus the rules in `enable` (some ship switched off). Violations keep their tags and targets.
   */
  async axe(exclude: string, enable: string[] = []): Promise<AxeResults> {
    const results = await new AxeBuilder({ page: this.#page })
      .exclude(exclude)
      .options({ rules: Object.fromEntries(enable.map((rule) => [rule, { enabled: true }])) })
      .analyze();
    const target = (node: { target: readonly unknown[] }) => node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)));
    return {
      violations: results.violations.map((rule) => ({ id: rule.id, help: rule.help, tags: rule.tags, nodes: rule.nodes.map((node) => ({ target: target(node) })) })),
      passes: results.passes.map((rule) => ({ id: rule.id, tags: rule.tags })),
    };
  }
  /** axe-core's violations on the page, each as "id: help (targets)", outside the excluded selector. */
  async axeViolations(exclude: string): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.#page }).exclude(exclude).analyze();
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
  }
}
