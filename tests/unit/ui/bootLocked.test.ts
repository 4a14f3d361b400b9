import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { boot, type BootOptions } from '../../../src/ui/boot';
import { setPassphrase } from '../../../src/storage/passphrase';
import { lockApp, unlockApp } from '../../../src/ui/security/securityActions';
import { addPerson } from '../../../src/graph/commands';
import { storedDoc } from '../storage/fixtures';

const now = () => new Date('2026-11-28T12:00:00Z');
const start = (dbName: string, unlock?: BootOptions['unlock']) =>
  boot({ dbName, now, locks: null, channel: null, unlock });

describe('start and lock with a passphrase', () => {
  it('reads no case before the passphrase is right; a wrong one is answered and retried', async () => {
    const first = await start('boot-locked-1');
    expect(first.security?.store.getState().status).toBe('plain');
    await setPassphrase(first.db!, 'de goede zin', null, 1000);
    first.autosave?.stop();
    first.db!.close();
    const answers: string[] = [];
    const ws = await start('boot-locked-1', async (attempt) => {
      answers.push(await attempt('fout'));
      answers.push(await attempt('de goede zin'));
    });
    expect(answers).toEqual(['wrong-passphrase', 'ok']);
    expect(ws.security?.store.getState().status).toBe('unlocked');
    expect(ws.store.getState().doc.case.title).toBe('Voorbeeld: familie De Vries');
  });

  it('locking stores the pending edit first, then forgets the key; unlocking needs the passphrase', async () => {
    const ws = await start('boot-locked-2');
    await setPassphrase(ws.db!, 'de goede zin', null, 1000);
    ws.security!.store.setState({ status: 'unlocked' });
    const doc = ws.store.getState().doc;
    ws.store.getState().run(addPerson, { id: 'p-new', name: 'Nieuwe Naam', gender: 'unknown', sector: 'friends', closeness: 2 });
    await lockApp(ws, 'manual');
    expect(ws.security!.keyring.state().kind).toBe('locked');
    await expect(ws.db!.loadCase(doc.case.id)).rejects.toThrow();
    expect(await unlockApp(ws, 'fout')).toBe('wrong-passphrase');
    expect(ws.security!.store.getState().status).toBe('locked');
    expect(await unlockApp(ws, 'de goede zin')).toBe('ok');
    expect((await storedDoc(ws.db!, doc.case.id))?.people.some((p) => p.name === 'Nieuwe Naam')).toBe(true);
  });
});
