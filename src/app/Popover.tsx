import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { KEY_PRIORITY, useKeys } from './keyboard';

interface Props {
  label: string;
  /** Longer name for the button, read by screen readers and shown as a tooltip. */
  title: string;
  testId: string;
  children: ReactNode;
}

/** A top-bar button that opens a small panel under it; Escape or a click elsewhere closes it. */
export function Popover({ label, title, testId, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useKeys(
    { priority: KEY_PRIORITY.popover, whileTyping: true },
    (event) => {
      if (event.key !== 'Escape') return false;
      setOpen(false);
      buttonRef.current?.focus();
      return true;
    },
    open,
  );

  return (
    <div className="popover" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="topbar-button"
        aria-expanded={open}
        aria-controls={id}
        title={title}
        data-testid={`${testId}-button`}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div className="popover-panel" id={id} role="dialog" aria-label={title} data-testid={`${testId}-panel`}>
          {children}
        </div>
      )}
    </div>
  );
}
