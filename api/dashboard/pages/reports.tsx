/** Reports: the account's decisions over the last days — per day, automatic against reviewed, time to decide, reasons. */
import { REPORT_DAYS, type DecisionReport } from '../../../services/reports/decision-report';
import { Table, framed, type Frame } from './frame';

/** A share of the decisions in whole percent; '—' with none to share. */
const percentOf = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/** Seconds as hours, minutes and seconds, largest units first: 3725 → "1 h 2 min 5 s". */
export function durationText(seconds: number): string {
  const whole = Math.round(seconds);
  const parts = [
    [Math.floor(whole / 3600), 'h'],
    [Math.floor((whole % 3600) / 60), 'min'],
    [whole % 60, 's'],
  ] as const;
  const shown = parts.filter(([value]) => value > 0).map(([value, unit]) => `${value} ${unit}`);
  return shown.length ? shown.join(' ') : '0 s';
}

export function renderReportsPage(input: Frame & { report: DecisionReport }): string {
  const { report } = input;
  return framed(
    input,
    '/dashboard/reports',
    'Reports',
    <>
      <h1>Reports</h1>
      <p>Decisions of the last {REPORT_DAYS} days (UTC), counted on the day each session was decided.</p>
      <h2>Summary</h2>
      <dl class="facts">
        <dt>Decisions</dt>
        <dd data-report="decided">{report.decided}</dd>
        <dt>Decided automatically</dt>
        <dd data-report="automatic">
          {report.automatic} ({percentOf(report.automatic, report.decided)})
        </dd>
        <dt>Decided by a reviewer</dt>
        <dd data-report="by-reviewer">
          {report.byReviewer} ({percentOf(report.byReviewer, report.decided)})
        </dd>
        <dt>Median time from submission to decision</dt>
        <dd data-report="median">{report.medianSecondsToDecision === null ? '—' : durationText(report.medianSecondsToDecision)}</dd>
      </dl>
      <h2>Reasons given</h2>
      <Table
        headers={['Reason', 'Decisions']}
        rows={report.reasons.map(({ reason, count }) => (
          <tr data-reason={reason}>
            <td>
              <code>{reason}</code>
            </td>
            <td>{count}</td>
          </tr>
        ))}
        empty="No reasons were given for these decisions."
      />
      <h2>Decisions per day</h2>
      <Table
        headers={['Day (UTC)', 'Approved', 'Denied', 'Suspected']}
        rows={[...report.days].reverse().map((day) => (
          <tr data-day={day.day}>
            <td>{day.day}</td>
            <td>{day.approved}</td>
            <td>{day.denied}</td>
            <td>{day.suspected}</td>
          </tr>
        ))}
        empty=""
      />
    </>,
  );
}
