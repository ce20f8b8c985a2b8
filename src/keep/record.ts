/**
 * A kind of kept record: its key, the version this app writes, how to check a saved record
 * (every record is checked when it is read back) and how to bring older versions up to date.
 * Reading is pure: {@link readRecord} says what a saved value holds and whether it must be
 * kept aside as a backup.
 */
export interface RecordKind<T> {
  /** The IndexedDB key (unchanged from earlier releases, so their work comes back). */
  key: string;
  /** What the UI calls it, e.g. 'workbench'. */
  name: KeptName;
  /** The version this app writes. */
  version: number;
  /**
   * Checks a record of the current version. `value` is what can be used (null: nothing);
   * `problems` say what was wrong (any problem keeps the whole original as a backup).
   */
  validate(record: Record<string, unknown>): { value: T | null; problems: string[] };
  /** The record to save for a value (without `version`, which is added). */
  encode(value: T): Record<string, unknown>;
  /** Whether a value is worth keeping at all (an empty one deletes the record). */
  isEmpty(value: T): boolean;
  /** A plainer value to save when the browser cannot store this one (DataCloneError, e.g. a file handle). */
  simplify?(value: T): T;
  /** Brings a record of version n up to version n + 1. */
  migrations?: Record<number, (record: Record<string, unknown>) => Record<string, unknown>>;
}

export type KeptName = 'workbench' | 'results' | 'tiles';

/** What a saved value turned out to hold. */
export type ReadResult<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T }
  /** Kept aside; `value` is what could still be used (the rest is in the backup). */
  | { kind: 'backup'; reason: BackupReason; detail: string; value: T | null };

export type BackupReason = 'malformed' | 'newer' | 'invalid';

/**
 * Checks each item of a saved list: the good ones to use, a problem for each bad one
 * ("layer 2 (name): why"). For a kind's `validate`.
 */
export function checkEach<T>(list: unknown, what: string, problemOf: (item: unknown) => string | null): { value: T[] | null; problems: string[] } {
  if (!Array.isArray(list)) return { value: null, problems: [`${what}s is not a list`] };
  const good: T[] = [];
  const problems: string[] = [];
  list.forEach((item: unknown, index) => {
    const problem = problemOf(item);
    const name = isObject(item) && typeof item.name === 'string' ? ` (${item.name.slice(0, 60)})` : '';
    if (problem) problems.push(`${what} ${index}${name}: ${problem}`);
    else good.push(item as T);
  });
  return { value: good.length > 0 ? good : null, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readRecord<T>(kind: RecordKind<T>, saved: unknown): ReadResult<T> {
  if (saved === undefined) return { kind: 'empty' };
  if (!isObject(saved)) return { kind: 'backup', reason: 'malformed', detail: `not an object (${describe(saved)})`, value: null };
  const version = saved.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { kind: 'backup', reason: 'malformed', detail: `no version number (version: ${describe(version)})`, value: null };
  if (version > kind.version) return { kind: 'backup', reason: 'newer', detail: `version ${version}; this app reads up to ${kind.version}`, value: null };
  let record = saved;
  for (let from = version; from < kind.version; from += 1) {
    const migrate = kind.migrations?.[from];
    if (!migrate) return { kind: 'backup', reason: 'malformed', detail: `version ${from} cannot be brought up to date`, value: null };
    try {
      record = migrate(record);
    } catch (error) {
      return { kind: 'backup', reason: 'invalid', detail: `version ${from}: ${error instanceof Error ? error.message : String(error)}`, value: null };
    }
  }
  let checked: { value: T | null; problems: string[] };
  try {
    checked = kind.validate(record);
  } catch (error) {
    checked = { value: null, problems: [error instanceof Error ? error.message : String(error)] };
  }
  if (checked.problems.length > 0) return { kind: 'backup', reason: 'invalid', detail: checked.problems.slice(0, 5).join('; '), value: checked.value };
  if (checked.value === null) return { kind: 'empty' };
  return { kind: 'ok', value: checked.value };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** The record as saved. */
export function encodeRecord<T>(kind: RecordKind<T>, value: T): Record<string, unknown> {
  return { version: kind.version, savedAt: new Date().toISOString(), ...kind.encode(value) };
}
