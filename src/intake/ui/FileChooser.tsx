/** The one file chooser: takes every supported file and routes it (../route.ts) by the place it is in. */
import { useRef } from 'react';
import { INTAKE_ACCEPT, type IntakeContext } from '../route';
import { deliverFiles } from './targets';

export function FileChooser({ context, testId, className, label }: { context: IntakeContext; testId: string; className?: string; label?: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <input
      ref={inputRef}
      type="file"
      className={className}
      accept={INTAKE_ACCEPT}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        // Cleared first, so that choosing the same file again is a change too.
        if (inputRef.current) inputRef.current.value = '';
        deliverFiles(files, context);
      }}
    />
  );
}
