// Export and import controls: JSON backup, CSV of claims, Web Annotations, and restoring a backup file.
import { useRef } from 'react';
import { db } from '@/lib/db';
import { exportClaimsCsv } from '@/lib/export/csv';
import { importBackup } from '@/lib/export/import';
import { exportBackup } from '@/lib/export/json-backup';
import { exportWebAnnotations } from '@/lib/export/web-annotation';
import { downloadBlob, stamp } from './download';
import { TaskProgress } from './TaskProgress';
import { useTask } from './useTask';

const EXPORTS = [
  { key: 'backup', label: 'Full backup (JSON)', build: exportBackup, file: 'fact-annotator-backup', ext: 'json' },
  { key: 'csv', label: 'Claims (CSV)', build: exportClaimsCsv, file: 'fact-annotator-claims', ext: 'csv' },
  { key: 'annotations', label: 'Web Annotations (JSON-LD)', build: exportWebAnnotations, file: 'fact-annotator-annotations', ext: 'jsonld' },
] as const;

export function ExportPanel() {
  const { state, run, busy } = useTask();
  const fileInput = useRef<HTMLInputElement>(null);

  const exportOne = (e: (typeof EXPORTS)[number]) =>
    run(`Exporting ${e.label}`, async (onProgress) => {
      const blob = await e.build(db, onProgress);
      const name = `${e.file}-${stamp()}.${e.ext}`;
      downloadBlob(blob, name);
      return `Saved ${name}.`;
    });

  const importFile = (file: File) =>
    run(`Importing ${file.name}`, async (onProgress) => {
      const result = await importBackup(db, await file.text(), onProgress);
      if (result.status === 'error') throw new Error(`${file.name}: ${result.message} Nothing was changed.`);
      const { imported: i, duplicate: d } = result;
      const added = i.pages + i.actors + i.mentions + i.claims;
      const dup = d.pages + d.actors + d.mentions + d.claims;
      return `Imported ${i.pages} pages, ${i.actors} actors, ${i.claims} claims, ${i.mentions} mentions${dup ? `; ${dup} rows were already here and were skipped` : ''}.${added === 0 ? ' Nothing new.' : ''}`;
    });

  return (
    <details className="export-panel">
      <summary>Export &amp; import</summary>
      <div className="export-buttons">
        {EXPORTS.map((e) => (
          <button key={e.key} type="button" disabled={busy} onClick={() => void exportOne(e)}>
            {e.label}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Import backup…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Backup file to import"
          data-testid="import-file"
          onChange={(ev) => {
            const file = ev.target.files?.[0];
            ev.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <TaskProgress state={state} />
    </details>
  );
}
