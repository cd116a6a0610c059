// Downloads one actor's Markdown dossier.
import { db } from '@/lib/db';
import { exportActorDossier } from '@/lib/export/markdown';
import { downloadParts, fileSlug } from './download';
import { useTask } from './useTask';

export function DossierButton({ actorId, actorName }: { actorId: string; actorName: string }) {
  const { state, run, busy } = useTask();
  return (
    <span className="dossier">
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run('Writing dossier', async () => {
            downloadParts([await exportActorDossier(db, actorId)], `${fileSlug(actorName)}-dossier.md`, 'text/markdown;charset=utf-8');
            return 'Dossier saved.';
          })
        }
      >
        Dossier (Markdown)
      </button>
      {state.phase === 'failed' && <span role="alert">{state.message}</span>}
    </span>
  );
}
