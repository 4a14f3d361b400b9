/**
 * Whether the open case is stored on this device, for the header's indicator: a professional
 * about to close the laptop wants to see "Bewaard", and tests wait for it instead of a fixed pause.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SaveStatus } from '../storage/autosave';

export type SaveStatusStore = StoreApi<{ status: SaveStatus }>;

export function createSaveStatusStore(initial: SaveStatus = 'saved'): SaveStatusStore {
  return createStore<{ status: SaveStatus }>()(() => ({ status: initial }));
}
