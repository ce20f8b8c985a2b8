import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** A part of the app state with its actions; slices may read and set the whole state. */
export type Slice<T> = StateCreator<AppState, [], [], T>;
