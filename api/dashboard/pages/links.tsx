/**
 * Dashboard pages of reusable links: the list with its search, the form that creates one, one link with its public
 * URL, QR code, funnel and funnel-per-day chart, and the confirmation before deactivating it.
 */
import { may } from '../../../lib/operator-roles';
import type { ComponentChildren, VNode } from 'preact';
import type { FunnelDay, LinkFunnel } from '../../../services/links/link-funnel';
import { messagesFor } from '../../hosted/i18n';
import { SUPPORTED_LANGUAGES } from '../../../lib/languages';
import { LINK_STATUSES } from '../../../services/schemas/links';
import { CsrfField, Pager, StatusPill, Table, Toolbar, display, framed, when, type Frame } from './frame';
import { CopyField, FieldError, Notice } from './form-parts';
import { BROWSER_LANGUAGE_LABEL, FLOW_LABELS, USAGE_LABELS, labelOf, languageLabel } from './labels';

export interface LinkRow {
  id: string;
  name: string;
  status: string;
  usesConsumed: number;
  maxUses: number | null;
  views: number;
  expiresAt: Date | null;
  createdAt: Date;
}

export type LinkStatusFilter = (typeof LINK_STATUSES)[number];

function LinkListRow({ link }: { link: LinkRow }): VNode {
  return (
    <tr>
      <td>
        <a href={`/dashboard/links/${link.id}`}>{link.name}</a>
      </td>
      <td>
        <StatusPill status={link.status} />
      </td>
      <td>
        {link.usesConsumed} / {link.maxUses ?? '∞'}
      </td>
      <td>{link.views}</td>
      <td>{link.expiresAt ? when(link.expiresAt) : 'Never'}</td>
      <td>{when(link.createdAt)}</td>
    </tr>
  );
}

export function renderLinksPage(input: Frame & { links: LinkRow[]; q: string; status: LinkStatusFilter | null; nextPage: string | null }): string {
  const filtered = input.q !== '' || input.status !== null;
  const empty = filtered ? (
    <>
      No links match. <a href="/dashboard/links">Show all links</a>.
    </>
  ) : (
    <>
      No links yet. Press <strong>New link</strong> above to create one (integrators can also use <code>POST /api/v1/links</code>).
    </>
  );
  return framed(
    input,
    '/dashboard/links',
    'Links',
    <>
      <Toolbar heading="Reusable links">
        {may(input.role, 'act') && (
          <a class="button" href="/dashboard/links/new">
            New link
          </a>
        )}
      </Toolbar>
      <form class="filters" method="get" action="/dashboard/links" role="search">
        <div>
          <label for="q">Name contains</label>
          <input id="q" name="q" type="text" value={input.q} />
        </div>
        <div>
          <label for="status">Status</label>
          <select id="status" name="status">
            {['', ...LINK_STATUSES].map((status) => (
              <option value={status} selected={status === (input.status ?? '')}>
                {status || 'Any status'}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      <Table
        headers={['Name', 'Status', 'Uses', 'Views', 'Expires', 'Created']}
        rows={input.links.map((link) => (
          <LinkListRow link={link} />
        ))}
        empty={empty}
      />
      <Pager href={input.nextPage} label="Older links" />
    </>,
  );
}

/** The fields of the new-link form, as the operator typed them. */
export const LINK_FORM_FIELDS = ['name', 'flow', 'usageType', 'maxUses', 'expiresAt', 'language', 'successUrl', 'errorUrl', 'callbackUrl'] as const;
export type LinkFormField = (typeof LINK_FORM_FIELDS)[number];
/** `expiresAtOffset`: the browser's UTC offset for the entered expiry (getTimezoneOffset, minutes), set by dashboard.js. */
export type LinkForm = Record<LinkFormField, string> & { formKey: string; expiresAtOffset: string };
export type LinkFormErrors = Partial<Record<LinkFormField, string>>;

export const emptyLinkForm = (formKey: string): LinkForm => ({
  name: '',
  flow: 'DOCUMENT_AND_SELFIE',
  usageType: 'SINGLE',
  maxUses: '',
  expiresAt: '',
  language: '',
  successUrl: '',
  errorUrl: '',
  callbackUrl: '',
  formKey,
  expiresAtOffset: '',
});

const FLOW_CHOICES = [
  ['DOCUMENT_AND_SELFIE', 'Document and selfie', 'an identity document, then a selfie matched against it'],
  ['DOCUMENT', 'Document only', 'an identity document'],
  ['SELFIE', 'Selfie only', 'a selfie'],
] as const;

const USAGE_CHOICES = [
  ['SINGLE', 'Single use', 'one verification: a personal invite'],
  ['MULTI', 'Multi-use', 'up to the maximum below: a campaign'],
  ['UNLIMITED', 'Unlimited', 'until it expires or is deactivated: a poster or a button on your site'],
] as const;

type ChoiceField = 'flow' | 'usageType';
const CHOICES: Record<ChoiceField, readonly (readonly [string, string, string])[]> = { flow: FLOW_CHOICES, usageType: USAGE_CHOICES };
const choiceId = (field: ChoiceField, value: string) => `${field}-${value.toLowerCase()}`;

const LABELS: Record<LinkFormField, string> = {
  name: 'Name',
  flow: 'Steps',
  usageType: 'Usage',
  maxUses: 'Maximum uses',
  expiresAt: 'Expires at (your local time)',
  language: 'Language',
  successUrl: 'Success URL',
  errorUrl: 'Error URL',
  callbackUrl: 'Callback URL',
};

/**
 * The new-link form. With errors: a summary linking to each field (role=alert), and each field's message beside it,
 * tied to it by aria-describedby. The hidden form key makes a double submission create one link.
 */
export function renderNewLinkPage(input: Frame & { form: LinkForm; errors?: LinkFormErrors; problem?: string; nowUtc: Date }): string {
  const { form } = input;
  const errors = input.errors ?? {};
  // Every field has a hint; a field with an error is also described by its message and marked invalid.
  const described = (field: LinkFormField) =>
    errors[field] ? { 'aria-describedby': `${field}-hint ${field}-error`, 'aria-invalid': 'true' as const } : { 'aria-describedby': `${field}-hint` };
  const hint = (field: LinkFormField, text: ComponentChildren) => (
    <span class="hint" id={`${field}-hint`}>
      {text}
    </span>
  );
  const errorOf = (field: LinkFormField) => <FieldError field={{ id: field, label: LABELS[field] }} error={errors[field]} />;
  const labelled = (field: LinkFormField, control: VNode, hintText: ComponentChildren, wide = false) => (
    <div class={wide ? 'wide' : undefined}>
      <label for={field}>{LABELS[field]}</label>
      {control}
      {hint(field, hintText)}
      {errorOf(field)}
    </div>
  );
  const radios = (field: ChoiceField, hintText: string) => (
    <fieldset class="wide" id={field} {...described(field)}>
      <legend>{LABELS[field]}</legend>
      {hint(field, hintText)}
      {CHOICES[field].map(([value, label, meaning]) => {
        const id = choiceId(field, value);
        return (
          <div class="choice">
            <input type="radio" id={id} name={field} value={value} checked={form[field] === value} aria-invalid={errors[field] ? 'true' : undefined} aria-describedby={`${id}-hint`} />
            <label for={id}>{label}</label>
            <span class="hint" id={`${id}-hint`}>
              — {meaning}
            </span>
          </div>
        );
      })}
      {errorOf(field)}
    </fieldset>
  );
  const invalid = LINK_FORM_FIELDS.filter((field) => errors[field]);
  const summary = (input.problem || invalid.length > 0) && (
    <div class="alert" role="alert">
      <p>
        <strong>The link was not created.</strong> {input.problem ?? 'Correct the fields below and create it again.'}
      </p>
      {invalid.length > 0 && (
        <ul>
          {invalid.map((field) => (
            <li>
              <a href={`#${field}`}>
                {LABELS[field]}: {errors[field] ?? ''}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return framed(
    input,
    '/dashboard/links',
    'New link',
    <>
      <h1>New reusable link</h1>
      {summary}
      <form class="card" method="post" action="/dashboard/links">
        <CsrfField token={input.csrfToken} />
        <input type="hidden" name="formKey" value={form.formKey} />
        <div class="form-grid">
          {labelled(
            'name',
            <input id="name" name="name" type="text" value={form.name} required maxlength={200} {...described('name')} />,
            'For you only: people following the link never see it.',
            true,
          )}
          {radios('flow', 'What the person completes:')}
          {radios('usageType', 'Every click that starts a verification uses the link once, even if the person stops early. Limits can never be raised later.')}
          {labelled(
            'maxUses',
            <input id="maxUses" name="maxUses" type="number" value={form.maxUses} inputmode="numeric" min={2} max={1000000} step={1} {...described('maxUses')} />,
            'Multi-use links only: 2 to 1,000,000.',
          )}
          {labelled(
            'expiresAt',
            <>
              <input id="expiresAt" name="expiresAt" type="datetime-local" data-offset-field="expiresAtOffset" value={form.expiresAt} {...described('expiresAt')} />
              <input type="hidden" name="expiresAtOffset" value={form.expiresAtOffset} />
            </>,
            <>
              Optional. In your browser's time zone (it is now {when(input.nowUtc)}; UTC if scripts are off). After it the link stops working by itself; it
              can never be extended.
            </>,
          )}
          {labelled(
            'language',
            <select id="language" name="language" {...described('language')}>
              <option value="" selected={form.language === ''}>
                {BROWSER_LANGUAGE_LABEL}
              </option>
              {SUPPORTED_LANGUAGES.map((code) => (
                <option value={code} selected={form.language === code}>
                  {messagesFor(code).languageName} ({code})
                </option>
              ))}
            </select>,
            "Pre-selected on the verification page; people can switch. The browser's language: the person's browser decides (emails and SMS in English).",
          )}
          {labelled(
            'successUrl',
            <input id="successUrl" name="successUrl" type="url" value={form.successUrl} {...described('successUrl')} />,
            <>
              Optional. Where the person is sent after an approved verification (only <code>?scanRef=</code> is added, never the result). Empty: our result
              page.
            </>,
            true,
          )}
          {labelled(
            'errorUrl',
            <input id="errorUrl" name="errorUrl" type="url" value={form.errorUrl} {...described('errorUrl')} />,
            'Optional. Where the person is sent after a denied, suspected or expired verification. Empty: our result page.',
            true,
          )}
          {labelled(
            'callbackUrl',
            <input id="callbackUrl" name="callbackUrl" type="url" value={form.callbackUrl} {...described('callbackUrl')} />,
            'Optional. The results of this link’s sessions are also sent here as signed webhooks, besides your webhook endpoints.',
            true,
          )}
        </div>
        <div class="actions form-actions">
          <button type="submit">Create link</button>
          <a class="button quiet" href="/dashboard/links">
            Cancel
          </a>
        </div>
      </form>
    </>,
  );
}

export interface LinkDetail extends LinkRow {
  flow: string;
  usageType: string;
  language: string | null;
  successUrl: string | null;
  errorUrl: string | null;
  callbackUrl: string | null;
  url: string;
  temporalUrl: string;
}

/** The figures and the chart's series, in funnel order. */
const STAGES: readonly (readonly [keyof LinkFunnel, string, string])[] = [
  ['views', 'views', '#64748b'],
  ['clicks', 'clicks', '#1d4ed8'],
  ['sessionsStarted', 'started', '#7c3aed'],
  ['submitted', 'submitted', '#0891b2'],
  ['approved', 'approved', '#15803d'],
  ['denied', 'denied', '#b42318'],
  ['suspected', 'suspected', '#d97706'],
  ['expired', 'expired', '#be185d'],
];

export function renderLinkPage(input: Frame & { link: LinkDetail; funnel: LinkFunnel; days: FunnelDay[]; notice?: string }): string {
  const { link } = input;
  const linkPath = `/dashboard/links/${link.id}`;
  const settings = [
    ['Steps', labelOf(FLOW_LABELS, link.flow)],
    ['Usage', `${labelOf(USAGE_LABELS, link.usageType)}: ${link.usesConsumed} of ${link.maxUses ?? 'unlimited'} uses consumed`],
    ['Expires', link.expiresAt ? when(link.expiresAt) : 'Never'],
    ['Language', languageLabel(link.language)],
    ['Success URL', display(link.successUrl)],
    ['Error URL', display(link.errorUrl)],
    ['Callback URL', display(link.callbackUrl)],
    ['Created', when(link.createdAt)],
  ];
  return framed(
    input,
    '/dashboard/links',
    link.name,
    <>
      <Toolbar
        heading={
          <>
            {link.name} <StatusPill status={link.status} />
          </>
        }
      >
        <div class="actions">
          {link.status === 'ACTIVE' && may(input.role, 'act') && (
            <a class="button quiet" href={`${linkPath}/deactivate`}>
              Deactivate…
            </a>
          )}
        </div>
      </Toolbar>
      <Notice text={input.notice} />
      <p>
        {link.usesConsumed} of {link.maxUses ?? 'unlimited'} uses · {link.expiresAt ? <>expires {when(link.expiresAt)}</> : 'never expires'} ·{' '}
        <a href={link.temporalUrl}>workflow in the Temporal UI</a>
      </p>
      <div class="grid2">
        <section class="card">
          <h2>Public link</h2>
          <label for="link-url">Share this address</label>
          <CopyField id="link-url" value={link.url} />
        </section>
        <section class="card">
          <h2>QR code</h2>
          <img src={`${linkPath}/qr.svg`} alt="QR code of the link" width={180} height={180} />
          <p>
            <a href={`${linkPath}/qr.svg`} download>
              Download SVG
            </a>{' '}
            ·{' '}
            <a href={`${linkPath}/qr.png`} download>
              Download PNG
            </a>
          </p>
        </section>
      </div>
      <h2>Funnel</h2>
      <div class="figures">
        {STAGES.map(([key, label]) => (
          <div class="card figure">
            <div class="label">{label}</div>
            <div class="value">{input.funnel[key]}</div>
          </div>
        ))}
      </div>
      <h2>Per day</h2>
      <FunnelChart days={input.days} />
      <h2>Settings</h2>
      <section class="card">
        <dl>
          {settings.map(([term, value]) => (
            <>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </>
          ))}
        </dl>
      </section>
    </>,
  );
}

export function renderDeactivatePage(input: Frame & { link: LinkRow }): string {
  const { link } = input;
  const linkPath = `/dashboard/links/${link.id}`;
  const remaining = link.maxUses === null ? 'Its unlimited uses end' : `Its ${Math.max(0, link.maxUses - link.usesConsumed)} remaining of ${link.maxUses} uses are lost`;
  return framed(
    input,
    '/dashboard/links',
    `Deactivate ${link.name}`,
    <>
      <h1>Deactivate “{link.name}”?</h1>
      <section class="card confirm">
        <p>Deactivating takes effect at once and for good:</p>
        <ul>
          <li>The link accepts no more clicks: anyone opening it is told it was deactivated, and its QR codes stop working.</li>
          <li>It can never be reactivated. To verify more people, create a new link.</li>
          <li>{remaining}.</li>
          <li>Verifications already started from it carry on to their result.</li>
        </ul>
        <div class="actions">
          <form method="post" action={`${linkPath}/deactivate`}>
            <CsrfField token={input.csrfToken} />
            <button class="danger" type="submit">
              Deactivate for good
            </button>
          </form>
          <a class="button quiet" href={linkPath}>
            Keep it active
          </a>
        </div>
      </section>
    </>,
  );
}

const CHART = { width: 720, height: 260, left: 44, right: 24, top: 14, bottom: 34 } as const;

/**
 * The funnel per day as an inline SVG bar chart (a group per day, a bar per stage), summarised for screen readers
 * by its label, with the same numbers in a table.
 */
function FunnelChart({ days }: { days: FunnelDay[] }): VNode {
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  const totals = STAGES.map(([key, label]) => `${label} ${days.reduce((sum, day) => sum + day[key], 0)}`).join(', ');
  const summary = `Funnel per day from ${first} to ${last} (UTC). In total: ${totals}. The numbers per day are in the table below the chart.`;
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const top = axisTop(Math.max(0, ...days.flatMap((day) => STAGES.map(([key]) => day[key]))));
  // One group of bars per day, one bar per stage; a single day still reads as a chart, not a dot.
  const group = plotWidth / Math.max(1, days.length);
  const bar = Math.min(28, (group * 0.8) / STAGES.length);
  const centre = (index: number) => round(CHART.left + group * (index + 0.5));
  // Each bar's number above it, while there is room for the digits.
  const labelled = bar >= 14;
  const y = (value: number) => round(CHART.top + plotHeight - (value / top) * plotHeight);
  const ticks = [0, top / 4, top / 2, (3 * top) / 4, top];
  return (
    <>
      <figure class="card chart">
        <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={summary} font-size="11" fill="#4a5466">
          {ticks.map((tick) => (
            <>
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={y(tick)} y2={y(tick)} stroke="#e1e6ef" />
              <text x={CHART.left - 8} y={y(tick) + 4} text-anchor="end">
                {tick}
              </text>
            </>
          ))}
          {days.map((day, index) => (
            <text x={centre(index)} y={CHART.height - 12} text-anchor="middle">
              {days.length === 1 ? day.day : day.day.slice(5)}
            </text>
          ))}
          {days.map((day, index) => (
            <g data-day={day.day}>
              {STAGES.map(([key, label, colour], stage) => {
                const value = day[key];
                const barX = round(centre(index) - (STAGES.length * bar) / 2 + stage * bar);
                return (
                  <>
                    <rect x={barX} y={y(value)} width={round(bar * 0.85)} height={round(y(0) - y(value))} fill={colour}>
                      <title>
                        {day.day}: {label} {value}
                      </title>
                    </rect>
                    {labelled && (
                      <text x={round(barX + bar * 0.425)} y={y(value) - 4} text-anchor="middle">
                        {value}
                      </text>
                    )}
                  </>
                );
              })}
            </g>
          ))}
        </svg>
        <figcaption class="legend">
          {STAGES.map(([, label, colour]) => (
            <span style={`--c:${colour}`}>{label}</span>
          ))}
        </figcaption>
      </figure>
      <details>
        <summary>The numbers per day (UTC)</summary>
        <Table
          headers={['Day', ...STAGES.map(([, label]) => label)]}
          rows={days.map((day) => (
            <tr>
              <th scope="row">{day.day}</th>
              {STAGES.map(([key]) => (
                <td>{day[key]}</td>
              ))}
            </tr>
          ))}
          empty="No days yet."
        />
      </details>
    </>
  );
}

const round = (coordinate: number) => Math.round(coordinate * 10) / 10;

/** The top of the value axis: a round number at or above the largest value, in four whole-number steps. */
function axisTop(max: number): number {
  if (max <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max / 4));
  const step = [1, 2, 3, 4, 5, 6, 8, 10].map((factor) => factor * magnitude).find((candidate) => candidate * 4 >= max) ?? 10 * magnitude;
  return step * 4;
}
