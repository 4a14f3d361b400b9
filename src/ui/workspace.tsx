/**
 * Everything the shell needs besides the document store: the case database (null when this
 * browser cannot store anything), autosave, which cases this tab owns, and the notices. One per
 * mounted app.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../state/store';
import type { CaseDb } from '../storage/db';
import type { Autosave } from '../storage/autosave';
import type { CaseOwnership } from '../storage/caseOwnership';
import type { NoticeState, NoticeStore } from './notices';
import type { SaveStatusStore } from './saveStatus';
import type { WorkspaceSecurity } from './security/securityStore';

export interface Workspace {
  store: AppStore;
  db: CaseDb | null;
  notices: NoticeStore;
  autosave: Autosave | null;
  /** Which cases this tab may write (null: no database, nothing to guard). */
  ownership: CaseOwnership | null;
  /** Cases made in this tab (new, imported) whose first save has not worked yet. */
  unstored: Set<string>;
  /** Whether the open case's last change is stored (the header shows it). */
  saveStatus: SaveStatusStore;
  /** The passphrase's key and whether the app is locked; absent without a case database. */
  security?: WorkspaceSecurity;
  now(): Date;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** For panels that can also be mounted without the shell (the steps in their own tests). */
export function useWorkspaceOrNull(): Workspace | null {
  return useContext(WorkspaceContext);
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return workspace;
}

export function useNotices<T>(selector: (state: NoticeState) => T): T {
  return useStore(useWorkspace().notices, selector);
}
