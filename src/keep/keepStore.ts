/** What the user is told about kept work, wherever they are: records kept aside, another tab, a failed save. */
import { create } from 'zustand';
import type { BackupReason, KeptName } from './record';

/** A saved record that could not be used as it was, kept under its own key until the user discards it. */
export interface Backup {
  key: string;
  name: KeptName;
  reason: BackupReason;
  detail: string;
  /** When it was kept aside (ISO time). */
  at: string;
}

/**
 * 'checking': just opened, not yet known whether another tab has the work; 'owner': this tab
 * keeps the work; 'elsewhere': another tab does, and this one only shows it.
 */
export type TabRole = 'checking' | 'owner' | 'elsewhere';

export interface SaveFailure {
  name: KeptName;
  /** The browser's storage is full (or the site's share of it). */
  quota: boolean;
  message: string;
}

export interface KeepState {
  backups: Backup[];
  tab: TabRole;
  saveFailure: SaveFailure | null;
  /** Counts edits refused because another tab keeps the work (the banner says so again). */
  refusedEdits: number;
}

export const useKeepStore = create<KeepState>()(() => ({ backups: [], tab: 'checking', saveFailure: null, refusedEdits: 0 }));

/** Whether this tab may change kept work (not while another tab keeps it). Counts a refusal. */
export function mayEdit(): boolean {
  if (useKeepStore.getState().tab !== 'elsewhere') return true;
  useKeepStore.setState((state) => ({ refusedEdits: state.refusedEdits + 1 }));
  return false;
}
