/**
 * The hosted verification page's behaviour (`/v/{token}`): plain browser JavaScript, served as-is from /assets/.
 *
 * The server renders every step (api/hosted/pages/session-pages.tsx); this script shows one at a time, fills in what changes
 * and calls the page's JSON endpoints. The view each answer carries (api/hosted-flow-view.ts) is the single source of
 * truth, and the page redraws from it. The only local state is what the server does not keep: the step on screen and
 * the document type until it is submitted (both kept in sessionStorage, so a reload resumes exactly there), and
 * previews of the photos chosen in this page load; photos uploaded before a reload are shown from the server
 * (`photos/{kind}`). Text reaches the page through textContent only. The live camera of the capture steps is
 * web/camera.js's: this script tells it which step is on screen and uploads the shots it hands back.
 */
'use strict';

(() => {
  const POLL_INTERVAL_MS = 1500;
  const REDIRECT_DELAY_MS = 2000;
  /** Screen readers hear the countdown only when it crosses these, never every second. */
  const ANNOUNCE_AT_SECONDS = [300, 60];
  const OUTCOME_BY_STATUS = {
    REVIEWING: 'REVIEWING',
    APPROVED: 'APPROVED',
    DENIED: 'NOT_VERIFIED',
    SUSPECTED: 'NOT_VERIFIED',
    EXPIRED: 'EXPIRED',
    CANCELLED: 'CANCELLED',
    DELETED: 'CANCELLED',
  };
  const OUTCOME_LOOK = {
    REVIEWING: { icon: 'shield', tone: '' },
    APPROVED: { icon: 'check', tone: 'success' },
    NOT_VERIFIED: { icon: 'alert', tone: 'problem' },
    EXPIRED: { icon: 'clock', tone: 'problem' },
    CANCELLED: { icon: 'alert', tone: 'problem' },
    NOT_FOUND: { icon: 'alert', tone: 'problem' },
  };

  const byId = (id) => document.getElementById(id);
  /** The live camera of the capture steps (web/camera.js, loaded first); without it the file pickers do the work. */
  const camera = window.hostedCamera ?? null;
  const readJson = (id) => JSON.parse(byId(id).textContent);

  const language = document.documentElement.lang;
  const messages = readJson('flow-messages');
  const pluralRules = new Intl.PluralRules(language);
  const pagePath = location.pathname.replace(/\/+$/, '');
  const documentTypeKey = `hosted-flow:${pagePath}:documentType`;
  const stepKey = `hosted-flow:${pagePath}:step`;
  /** A computer (a fine pointer that hovers, no touch screen): offered to continue on a phone, whose camera is better. */
  const offersHandoff = matchMedia('(hover: hover) and (pointer: fine)').matches && !matchMedia('(any-pointer: coarse)').matches;

  const state = {
    view: readJson('flow-view'),
    /** The step on screen while taking photos: DOCUMENT_TYPE, FRONT, BACK, FACE or REVIEW. */
    step: null,
    documentType: null,
    /** Object URLs of the photos uploaded in this page load and attempt, by kind. */
    previews: {},
    /** The photo being uploaded: { kind, url }. */
    pending: null,
    /** What is in flight (start, a kind, submit); every control waits while it is set. */
    busy: null,
    /** Time ran out: the page knew before the server said so, or the server answered 410. */
    expired: false,
    /** The session no longer exists (404). */
    gone: false,
    /** What the alert region says: { code, text }. */
    error: null,
    /** When time runs out, in Date.now() milliseconds; null when no clock runs. */
    deadline: null,
    /** The person asked to withdraw and is asked to confirm. */
    withdrawing: false,
  };
  let shownPanel = null;
  let pollTimer = null;
  let redirectTimer = null;
  let lastSecondsLeft = null;
  let requestsSent = 0;
  let newestApplied = 0;

  // ----- Rules ---------------------------------------------------------------------------------------------------

  /** The same rule as requiredKinds() in workflows/definitions.ts: a passport has no back. */
  function requiredKinds(flow, documentType) {
    const documentKinds = flow === 'SELFIE' ? [] : documentType === 'PASSPORT' ? ['FRONT'] : ['FRONT', 'BACK'];
    return flow === 'DOCUMENT' ? documentKinds : [...documentKinds, 'FACE'];
  }

  function offersDocumentChoice() {
    return state.view.flow !== 'SELFIE' && state.view.documentTypes.length > 1;
  }

  function stepsOf() {
    return [...(offersDocumentChoice() ? ['DOCUMENT_TYPE'] : []), ...requiredKinds(state.view.flow, state.documentType), 'REVIEW'];
  }

  function isStepDone(step) {
    if (step === 'DOCUMENT_TYPE') return state.documentType !== null;
    return step !== 'REVIEW' && state.view.uploaded.includes(step);
  }

  /** The first step after `after` (or the first of all) still to do; the review when all are done. */
  function nextOpenStep(after) {
    const steps = stepsOf();
    return steps.slice(steps.indexOf(after) + 1).find((step) => !isStepDone(step)) ?? 'REVIEW';
  }

  function outcome() {
    if (state.gone) return 'NOT_FOUND';
    if (state.view.phase !== 'DONE') return 'EXPIRED';
    return OUTCOME_BY_STATUS[state.view.status] ?? 'REVIEWING';
  }

  function panelName() {
    const { phase } = state.view;
    if (state.gone || state.expired || phase === 'DONE') return 'result';
    if (phase === 'WELCOME') return 'welcome';
    if (phase === 'CHECKING') return 'checking';
    if (state.withdrawing) return 'cancel';
    if (state.step === 'DOCUMENT_TYPE') return 'document-type';
    return state.step === 'REVIEW' ? 'review' : `capture-${state.step}`;
  }

  function canAct() {
    return state.busy === null && panelName() !== 'result';
  }

  /** Only web addresses are followed: a redirect must never run script. */
  function safeRedirect() {
    if (state.view.phase !== 'DONE' || !state.view.redirectUrl) return null;
    try {
      const url = new URL(state.view.redirectUrl);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  // ----- Text ----------------------------------------------------------------------------------------------------

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (placeholder, name) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
  }

  function pluralText(forms, count, values) {
    return fill(forms[pluralRules.select(count)] ?? forms.other, values);
  }

  function errorOf(code) {
    const megabytes = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(state.view.uploadMaxBytes / 1_000_000);
    return { code, text: fill(messages.errors[code], { megabytes }) };
  }

  function clock(seconds) {
    return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  }

  function announce(text) {
    byId('announcer').textContent = text;
  }

  // ----- Storage (may be unavailable, e.g. with storage blocked: then the choice lasts until a reload) -----------

  function stored(key) {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function store(key, value) {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // The value still holds for this page load.
    }
  }

  /** The step on screen before a reload, if it was of the attempt the server still collects photos for. */
  function initialStep() {
    const [attempt, step] = (stored(stepKey) ?? '').split(':');
    return Number(attempt) === state.view.attempt && stepsOf().includes(step) ? step : null;
  }

  function initialDocumentType() {
    const { flow, documentTypes } = state.view;
    if (flow === 'SELFIE') return null;
    if (documentTypes.length === 1) return documentTypes[0];
    const type = stored(documentTypeKey);
    return documentTypes.includes(type) ? type : null;
  }

  // ----- Server --------------------------------------------------------------------------------------------------

  /** Maps a failed answer to the page's error codes (api/i18n/messages.ts FlowErrorCode, plus outcomes). */
  function failureCode(status, code) {
    if (status === 410) return 'SESSION_EXPIRED';
    if (status === 404) return 'NOT_FOUND';
    if (status === 409) return 'INVALID_STATE';
    if (status === 413) return code === 'UPLOAD_QUOTA_EXCEEDED' ? code : 'FILE_TOO_LARGE';
    if (status === 429) return 'RATE_LIMITED';
    if (status >= 502) return 'NETWORK';
    return Object.hasOwn(messages.errors, code) ? code : 'UNEXPECTED';
  }

  /**
   * One call to an endpoint under the page's own URL. Resolves to { ok: true, view } or { ok: false, code, details };
   * `view` is null when a newer answer was already applied, so a slow reply never undoes a fresh one.
   */
  async function send(method, action, body) {
    const sequence = ++requestsSent;
    const headers = { Accept: 'application/json', ...(typeof body === 'string' ? { 'Content-Type': 'application/json' } : {}) };
    let response;
    try {
      response = await fetch(`${pagePath}/${action}`, { method, body, headers, cache: 'no-store', credentials: 'same-origin' });
    } catch {
      return { ok: false, code: 'NETWORK', details: [] };
    }
    const payload = await response.json().catch(() => null);
    if (response.ok && payload && payload.view) {
      if (sequence < newestApplied) return { ok: true, view: null };
      newestApplied = sequence;
      return { ok: true, view: payload.view };
    }
    const error = (payload && payload.error) || {};
    return { ok: false, code: failureCode(response.status, error.code), details: error.details ?? [] };
  }

  function applyView(view) {
    if (view.attempt !== state.view.attempt) {
      // A new attempt starts empty: the previous photos were refused.
      for (const url of Object.values(state.previews)) URL.revokeObjectURL(url);
      state.previews = {};
      state.step = null;
    }
    state.view = view;
    state.deadline = view.secondsLeft === null ? null : Date.now() + view.secondsLeft * 1000;
    if (view.phase === 'CAPTURE' && !stepsOf().includes(state.step)) state.step = nextOpenStep(null);
    if (needsPolling()) schedulePoll();
    scheduleRedirect();
  }

  function applyFailure({ code, details }) {
    if (code === 'SESSION_EXPIRED') {
      state.expired = true;
      schedulePoll();
      return;
    }
    if (code === 'NOT_FOUND') {
      state.gone = true;
      return;
    }
    state.error = errorOf(code);
    if (code === 'MISSING_DOCUMENTS') {
      const missing = details.map((detail) => detail.field);
      state.step = stepsOf().find((step) => missing.includes(step)) ?? state.step;
    }
    // The page was behind the server (another tab, a lost answer): catch up.
    if (code === 'MISSING_DOCUMENTS' || code === 'INVALID_STATE') void refresh();
  }

  /** A user action's request: one at a time, every control disabled meanwhile. Resolves to whether it succeeded. */
  async function run(busy, method, action, body) {
    state.busy = busy;
    state.error = null;
    render();
    const result = await send(method, action, body);
    state.busy = null;
    if (result.ok) {
      if (result.view) applyView(result.view);
    } else {
      applyFailure(result);
    }
    return result.ok;
  }

  async function refresh() {
    const result = await send('GET', 'status');
    if (result.ok) {
      if (result.view) applyView(result.view);
      if (state.error && state.error.code === 'NETWORK') state.error = null;
    } else if (result.code === 'NOT_FOUND') {
      state.gone = true;
    } else if (result.code === 'NETWORK') {
      state.error = errorOf('NETWORK');
    }
    render();
  }

  /** While the checks run, and after time ran out until the server's closing view (which may carry a redirect). */
  function needsPolling() {
    return !state.gone && (state.view.phase === 'CHECKING' || (state.expired && state.view.phase !== 'DONE'));
  }

  function schedulePoll() {
    if (pollTimer === null) pollTimer = setTimeout(poll, POLL_INTERVAL_MS);
  }

  async function poll() {
    await refresh();
    pollTimer = null;
    if (needsPolling()) schedulePoll();
  }

  function scheduleRedirect() {
    const url = safeRedirect();
    if (url && redirectTimer === null) redirectTimer = setTimeout(() => location.assign(url), REDIRECT_DELAY_MS);
  }

  // ----- Actions -------------------------------------------------------------------------------------------------

  async function start() {
    if (!canAct()) return;
    await run('start', 'POST', 'start');
    render();
  }

  function chooseDocumentType(type) {
    if (canAct() && state.view.documentTypes.includes(type)) {
      state.documentType = type;
      store(documentTypeKey, type);
      state.error = null;
    }
    // Drawn either way, so a refused choice does not stay checked.
    render();
  }

  function goTo(step) {
    if (!canAct() || !stepsOf().includes(step)) return;
    state.step = step;
    state.error = null;
    render();
  }

  function goBack() {
    const steps = stepsOf();
    goTo(steps[steps.indexOf(state.step) - 1]);
  }

  /** Sends a chosen file or a camera shot; resolves to whether the server took it. */
  async function upload(kind, file) {
    if (!canAct()) return false;
    if (file.size > state.view.uploadMaxBytes) {
      state.error = errorOf('FILE_TOO_LARGE');
      render();
      return false;
    }
    const url = URL.createObjectURL(file);
    const form = new FormData();
    form.append('kind', kind);
    if (state.view.flow !== 'SELFIE' && state.documentType) form.append('documentType', state.documentType);
    form.append('file', file);
    state.pending = { kind, url };
    announce(messages.uploading);
    const uploaded = await run(kind, 'POST', 'documents', form);
    state.pending = null;
    if (uploaded) {
      if (state.previews[kind]) URL.revokeObjectURL(state.previews[kind]);
      state.previews[kind] = url;
      announce(messages.added);
      if (state.view.phase === 'CAPTURE') state.step = nextOpenStep(kind);
    } else {
      URL.revokeObjectURL(url);
    }
    render();
    return uploaded;
  }

  async function submit() {
    if (!canAct()) return;
    const documentType = state.view.flow === 'SELFIE' ? null : state.documentType;
    await run('submit', 'POST', 'submit', JSON.stringify({ documentType }));
    render();
  }

  function askToWithdraw(asking) {
    if (!canAct()) return;
    state.withdrawing = asking;
    state.error = null;
    render();
  }

  async function withdraw() {
    if (!canAct()) return;
    await run('cancel', 'POST', 'cancel');
    state.withdrawing = false;
    render();
  }

  const ACTIONS = {
    start,
    withdraw: () => askToWithdraw(true),
    'withdraw-keep': () => askToWithdraw(false),
    'withdraw-confirm': withdraw,
    continue: () => goTo(nextOpenStep('DOCUMENT_TYPE')),
    next: () => goTo(nextOpenStep(state.step)),
    back: goBack,
    edit: (kind) => goTo(kind),
    submit,
  };

  // ----- Clock ---------------------------------------------------------------------------------------------------

  function secondsLeft() {
    return state.deadline === null ? null : Math.max(0, Math.floor((state.deadline - Date.now()) / 1000));
  }

  function tick() {
    if (state.view.phase !== 'CAPTURE' || state.expired || state.gone) return;
    const seconds = secondsLeft();
    if (seconds === null) return;
    renderCountdown(seconds);
    const crossed = ANNOUNCE_AT_SECONDS.find((threshold) => lastSecondsLeft !== null && lastSecondsLeft > threshold && seconds <= threshold);
    if (crossed) announce(pluralText(messages.minutesLeft, crossed / 60, { minutes: crossed / 60 }));
    lastSecondsLeft = seconds;
    if (seconds === 0) {
      state.expired = true;
      state.error = null;
      render();
      schedulePoll();
    }
  }

  // ----- Drawing -------------------------------------------------------------------------------------------------

  /** The photo of `kind` to show: the one chosen in this page load, else the server's copy of an earlier upload. */
  function previewOf(kind) {
    if (!state.view.uploaded.includes(kind)) return null;
    return state.previews[kind] ?? `${pagePath}/photos/${kind}?attempt=${state.view.attempt}`;
  }

  function render() {
    const panel = panelName();
    if (isTakingPhotos(panel)) store(stepKey, `${state.view.attempt}:${state.step}`);
    for (const section of document.querySelectorAll('[data-panel]')) section.hidden = section.dataset.panel !== panel;
    byId('error').textContent = state.error ? state.error.text : '';
    renderFlowBar(panel);
    renderRetryNotice(panel);
    if (panel === 'welcome') byId('start').disabled = state.busy !== null;
    else if (panel === 'document-type') renderDocumentType();
    else if (panel === 'review') renderReview();
    else if (panel === 'result') renderResult();
    else if (panel === 'cancel') renderCancel();
    else if (panel.startsWith('capture-')) renderCapture(state.step);
    if (camera && !panel.startsWith('capture-')) camera.hide();
    // Withdrawing is offered on every step of taking photos, until they are sent.
    byId('withdraw').hidden = !isTakingPhotos(panel) || panel === 'cancel';
    byId('withdraw').disabled = state.busy !== null;
    const handoffOffer = byId('handoff-offer');
    if (handoffOffer) handoffOffer.hidden = !offersHandoff || !isTakingPhotos(panel) || panel === 'cancel';
    if (panel !== shownPanel) {
      // A new step takes the focus to its heading, so screen readers start there; the first drawing leaves it be.
      if (shownPanel !== null) document.querySelector(`[data-panel="${panel}"] h1`).focus();
      shownPanel = panel;
    }
  }

  function isTakingPhotos(panel) {
    return state.view.phase === 'CAPTURE' && panel !== 'result';
  }

  function renderFlowBar(panel) {
    byId('flow-bar').hidden = !isTakingPhotos(panel);
    if (!isTakingPhotos(panel)) return;
    const steps = stepsOf();
    const current = steps.indexOf(state.step) + 1;
    byId('progress').textContent = fill(messages.stepOf, { current, total: steps.length });
    byId('progress-fill').style.width = `${(current / steps.length) * 100}%`;
    const seconds = secondsLeft();
    if (seconds !== null) renderCountdown(seconds);
  }

  function renderCountdown(seconds) {
    byId('countdown').textContent = clock(seconds);
    byId('countdown-box').classList.toggle('low', seconds < 60);
  }

  function renderRetryNotice(panel) {
    const { retryReasons, attempt, maxAttempts } = state.view;
    const notice = byId('retry');
    notice.hidden = !isTakingPhotos(panel) || retryReasons.length === 0;
    if (notice.hidden) return;
    const texts = new Set(retryReasons.map((reason) => messages.retryReasons[reason] ?? messages.retryGeneric));
    byId('retry-reasons').replaceChildren(
      ...[...texts].map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
    byId('retry-attempt').textContent = fill(messages.attempt, { attempt, maxAttempts });
  }

  function renderDocumentType() {
    for (const input of document.querySelectorAll('input[name="documentType"]')) input.checked = input.value === state.documentType;
    byId('continue').disabled = state.documentType === null;
  }

  /** Puts the photo at `url` first into `frame`, replacing the one there; none removes it. */
  function showImage(frame, url, alt) {
    const shown = frame.querySelector('img');
    if (shown && shown.getAttribute('src') === url) return;
    if (shown) shown.remove();
    if (!url) return;
    const image = document.createElement('img');
    image.src = url;
    image.alt = alt;
    frame.prepend(image);
  }

  function setPicker(id, text, secondary) {
    const input = byId(id);
    const label = document.querySelector(`label[for="${id}"]`);
    input.disabled = state.busy !== null;
    label.querySelector('span').textContent = text;
    label.classList.toggle('secondary', secondary);
  }

  function renderCapture(kind) {
    const uploading = state.busy === kind;
    const done = state.view.uploaded.includes(kind);
    const preview = uploading && state.pending ? state.pending.url : previewOf(kind);
    const first = stepsOf()[0] === kind;
    document.querySelector(`[data-panel="capture-${kind}"]`).setAttribute('aria-busy', String(uploading));
    byId(`back-${kind}`).hidden = first;
    byId(`back-${kind}`).disabled = state.busy !== null;
    byId(`preview-${kind}`).hidden = !preview;
    showImage(byId(`preview-${kind}`), preview, messages.previewAlt);
    byId(`uploading-${kind}`).hidden = !uploading;
    byId(`added-${kind}`).hidden = !done || uploading;
    byId(`next-${kind}`).hidden = !done;
    byId(`next-${kind}`).disabled = state.busy !== null;
    setPicker(`camera-${kind}`, done ? messages.retakePhoto : messages.takePhoto, done);
    setPicker(`file-${kind}`, done ? messages.chooseOtherFile : messages.chooseFile, true);
    if (camera) camera.show(kind, { done, disabled: state.busy !== null, uploading });
  }

  function renderReview() {
    const required = requiredKinds(state.view.flow, state.documentType);
    for (const item of document.querySelectorAll('#review-list [data-kind]')) {
      const { kind } = item.dataset;
      const done = state.view.uploaded.includes(kind);
      item.hidden = !required.includes(kind);
      item.classList.toggle('done', done);
      byId(`review-state-${kind}`).textContent = done ? messages.added : messages.notAdded;
      showImage(byId(`thumb-${kind}`), previewOf(kind), '');
      byId(`edit-${kind}`).textContent = done ? messages.replace : messages.add;
      byId(`edit-${kind}`).disabled = state.busy !== null;
    }
    byId('back-REVIEW').disabled = state.busy !== null;
    byId('submit').disabled = state.busy !== null;
    document.querySelector('[data-panel="review"]').setAttribute('aria-busy', String(state.busy === 'submit'));
  }

  function renderCancel() {
    for (const id of ['withdraw-confirm', 'withdraw-keep']) byId(id).disabled = state.busy !== null;
  }

  function renderResult() {
    const key = outcome();
    const look = OUTCOME_LOOK[key];
    const url = safeRedirect();
    byId('result').dataset.status = key;
    byId('result-badge').className = `badge ${look.tone}`.trim();
    for (const icon of byId('result-badge').querySelectorAll('[data-outcome-icon]')) icon.hidden = icon.dataset.outcomeIcon !== look.icon;
    byId('result-heading').textContent = messages.outcomes[key].heading;
    byId('result-text').textContent = messages.outcomes[key].hint;
    // On the way back to the business's site, "you can close this page" would say the opposite of the next line.
    byId('result-text').hidden = Boolean(url);
    byId('redirect-note').hidden = !url;
    byId('redirect').hidden = !url;
    if (url) byId('redirect').href = url;
  }

  // ----- Wiring --------------------------------------------------------------------------------------------------

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (button && !button.disabled) void ACTIONS[button.dataset.action](button.dataset.kind);
  });

  document.addEventListener('change', (event) => {
    const input = event.target;
    if (input.name === 'documentType') {
      chooseDocumentType(input.value);
    } else if (input.type === 'file' && input.dataset.kind) {
      const [file] = input.files;
      // Cleared, so that choosing the same file again is another change.
      input.value = '';
      if (file) void upload(input.dataset.kind, file);
    }
  });

  if (camera) camera.onPhoto = upload;
  state.documentType = initialDocumentType();
  state.step = initialStep();
  applyView(state.view);
  render();
  tick();
  setInterval(tick, 1000);
})();
