// The page the panel is showing: title, site, when it was analysed, and a note when it was cut short or skipped.
import type { PageRecord } from '@/lib/model';
import { formatDate, plural } from '../common/format';

export function PageHeader({ page }: { page: PageRecord }) {
  return (
    <section className="page-header" aria-label="This page">
      <h2 className="page-title">{page.title || page.url}</h2>
      <p className="meta">
        {page.site} · analysed {formatDate(page.analysedAt)} · {plural(page.actorCount, 'actor')} · {plural(page.claimCount, 'claim')}
      </p>
      {page.truncated && (
        <p className="note" role="note">
          Only part of this page was analysed: {page.truncated}
        </p>
      )}
    </section>
  );
}
