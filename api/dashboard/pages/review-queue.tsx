/**
 * The dashboard's home page: sessions waiting for a reviewer, the longest waiting first, each with how long it has
 * waited, why it needs a person (the automatic outcomes and tags), and where it came from (link or client).
 */
import type { VNode } from 'preact';
import { Table, framed, when, type Frame } from './frame';
import { FLOW_LABELS, labelOf } from './labels';

export interface QueuedSession {
  id: string;
  clientId: string;
  flow: string;
  link: { id: string; name: string } | null;
  waitingSince: Date;
  autoDocument: string | null;
  autoFace: string | null;
  fraudTags: string[];
  mismatchTags: string[];
  /** Who is reviewing it now, if anyone. */
  reviewer: string | null;
}

/** 95 minutes → "1 h 35 min"; under a minute → "under a minute". */
export function ageText(from: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return 'under a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${rest} min`;
  return `${rest} min`;
}

/** Why a person must look: the automatic checks' outcomes that were not a pass, and every tag. */
function Reasons({ session }: { session: QueuedSession }): VNode {
  const outcomes = [
    ['Document', session.autoDocument],
    ['Face', session.autoFace],
  ].filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== 'AUTO_APPROVED');
  const tags = [...session.fraudTags.map((tag) => ({ tag, fraud: true })), ...session.mismatchTags.map((tag) => ({ tag, fraud: false }))];
  if (outcomes.length === 0 && tags.length === 0) return <span class="hint">None recorded</span>;
  return (
    <span class="tags">
      {outcomes.map(([what, outcome]) => (
        <span class="tag">
          {what}: {outcome}
        </span>
      ))}
      {tags.map(({ tag, fraud }) => (
        <span class={fraud ? 'tag fraud' : 'tag'}>{tag}</span>
      ))}
    </span>
  );
}

export function renderReviewQueuePage(input: Frame & { sessions: QueuedSession[]; now: Date }): string {
  return framed(
    input,
    '/dashboard',
    'Review queue',
    <>
      <h1>Review queue</h1>
      <p>
        Sessions waiting for a person's decision, the longest waiting first. On a session, press <kbd>A</kbd> to approve, <kbd>D</kbd> to deny and{' '}
        <kbd>N</kbd> for the next in the queue.
      </p>
      <div class="queue">
        <Table
          headers={['Waiting', 'Session', 'Why it needs a person', 'Link or client', 'Steps', 'Reviewer', 'Since']}
          rows={input.sessions.map((session) => (
            <tr data-queued-session={session.id}>
              <td class="age">{ageText(session.waitingSince, input.now)}</td>
              <td class="id-cell">
                <a href={`/dashboard/sessions/${session.id}#review`}>{session.id}</a>
              </td>
              <td>
                <Reasons session={session} />
              </td>
              <td>{session.link ? <a href={`/dashboard/links/${session.link.id}`}>{session.link.name}</a> : session.clientId}</td>
              <td>{labelOf(FLOW_LABELS, session.flow)}</td>
              <td>{session.reviewer ?? <span class="hint">nobody yet</span>}</td>
              <td>{when(session.waitingSince)}</td>
            </tr>
          ))}
          empty={
            <>
              Nothing waits for review. Sessions the automatic checks cannot decide appear here; all sessions are under <a href="/dashboard/sessions">Sessions</a>.
            </>
          }
        />
      </div>
    </>,
  );
}
