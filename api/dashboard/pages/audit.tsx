/** The audit trail: operators' actions, newest first — per session (on its page) and for the whole account. */
import type { VNode } from 'preact';
import { Pager, Table, Toolbar, exactly, framed, type Frame } from './frame';

export interface AuditRow {
  id: string;
  createdAt: Date;
  actorEmail: string;
  action: string;
  subjectId: string | null;
  detail: unknown;
  ipAddress: string | null;
}

/** An entry's detail as "key: value" pairs. */
export function detailText(detail: unknown): string {
  if (detail === null || typeof detail !== 'object') return '';
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join('; ');
}

export function AuditTable({ entries, showSubject = true }: { entries: AuditRow[]; showSubject?: boolean }): VNode {
  return (
    <Table
      headers={['When', 'Who', 'What', ...(showSubject ? ['On'] : []), 'Details', 'From']}
      rows={entries.map((entry) => (
        <tr data-audit-entry={entry.id}>
          <td>{exactly(entry.createdAt)}</td>
          <td class="wraps">{entry.actorEmail}</td>
          <td>
            <code>{entry.action}</code>
          </td>
          {showSubject && <td class="id-cell">{entry.subjectId ?? '—'}</td>}
          <td class="wraps">{detailText(entry.detail)}</td>
          <td>{entry.ipAddress ?? '—'}</td>
        </tr>
      ))}
      empty="No operator actions recorded yet."
    />
  );
}

export function renderAuditPage(input: Frame & { entries: AuditRow[]; nextPage: string | null }): string {
  return framed(
    input,
    '/dashboard/audit',
    'Audit trail',
    <>
      <Toolbar heading="Audit trail">
        <a class="button quiet" href="/dashboard/audit.csv" download>
          Download CSV
        </a>
      </Toolbar>
      <p>Every operator action in this account, newest first: who, when, what and from which address. Entries are never changed or removed.</p>
      <AuditTable entries={input.entries} />
      <Pager href={input.nextPage} label="Older entries" />
    </>,
  );
}
