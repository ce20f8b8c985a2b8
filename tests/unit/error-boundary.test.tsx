// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('bad feature #7: geometry missing');
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('a failure in one part of the page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('shows what went wrong there and leaves the other parts standing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    act(() => {
      createRoot(container).render(
        <>
          <ErrorBoundary area="panel">
            <Broken />
          </ErrorBoundary>
          <p data-testid="sibling">map still here</p>
        </>,
      );
    });
    const alert = container.querySelector('[data-testid="error-panel"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('bad feature #7: geometry missing');
    expect(alert?.textContent).toContain('这一部分出错了');
    expect(container.querySelector('[data-testid="sibling"]')?.textContent).toBe('map still here');
  });
});
