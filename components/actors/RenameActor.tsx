// The reader's correction of an actor's name: once saved it wins over the model on every later page (lib/db keeps it).
import { useState, type FormEvent } from 'react';
import { db, renameActor } from '@/lib/db';

export function RenameActor({ actorId, name }: { actorId: string; name: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const next = draft.trim();
    if (!next) return setError('A name cannot be empty.');
    try {
      await renameActor(db, actorId, next);
      setEditing(false);
      setError(null);
    } catch (err) {
      setError(`Could not save the name: ${(err as Error).message}`);
    }
  }

  if (!editing) {
    return (
      <button type="button" className="link-button" onClick={() => { setDraft(name); setEditing(true); }}>
        Correct name
      </button>
    );
  }
  return (
    <form className="rename" onSubmit={save} aria-label="Correct this actor's name">
      <input aria-label="Actor name" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} autoFocus />
      <button type="submit">Save</button>
      <button type="button" onClick={() => setEditing(false)}>Cancel</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
