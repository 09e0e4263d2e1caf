/**
 * Live statuses on the dashboard's sessions pages: every `<span class="status" data-live-session="ses_…">` follows its
 * session while the page is open, by asking GET /dashboard/sessions/live every 2 s (only while the tab is visible).
 * Changes are announced in the page's polite live region (#live-announcer). On a session's own page (its pill has
 * `data-live-reload`) a change reloads the page, so the result, timeline and forms appear — unless the operator is
 * filling in a form there, who gets a "reload" link instead. Text reaches the page through textContent only.
 */
'use strict';

(() => {
  const POLL_INTERVAL_MS = 2000;
  /** The endpoint answers for at most this many sessions. */
  const MAX_IDS = 50;
  /** Nothing follows DELETED: such pills are not asked about. */
  const LAST_STATUS = 'DELETED';

  const pills = [...document.querySelectorAll('[data-live-session]')];
  const announcer = document.getElementById('live-announcer');
  if (pills.length === 0 || !announcer) return;
  const reloadsOnChange = pills.some((pill) => pill.hasAttribute('data-live-reload'));
  // Without the query string: the notice of an action just done (?notice=…) would be out of date after a change.
  const freshPage = location.pathname;

  let timer = null;
  let inFlight = false;
  let stopped = false;
  let edited = false;

  document.addEventListener('input', (event) => {
    if (event.target instanceof Element && event.target.closest('form')) edited = true;
  });

  /** A reload now would lose what the operator typed or is submitting. */
  function busyWithForm() {
    const focused = document.activeElement;
    const typing = focused instanceof Element && focused.matches('input, textarea, select') && focused.closest('form') !== null;
    return edited || typing || document.querySelector('button[aria-busy=true]') !== null;
  }

  function watchedIds() {
    const ids = pills.filter((pill) => pill.dataset.status !== LAST_STATUS).map((pill) => pill.dataset.liveSession);
    return [...new Set(ids)].slice(0, MAX_IDS);
  }

  function announce(text, withReloadLink) {
    announcer.textContent = text;
    if (!withReloadLink) return;
    const link = document.createElement('a');
    link.href = freshPage;
    link.textContent = 'Reload';
    announcer.append(' ', link);
  }

  function apply(sessions) {
    const changes = [];
    for (const { id, status } of sessions) {
      for (const pill of pills) {
        if (pill.dataset.liveSession !== id || pill.dataset.status === status) continue;
        pill.textContent = status;
        pill.dataset.status = status;
        changes.push(`${id} is now ${status}.`);
      }
    }
    if (changes.length === 0) return;
    if (reloadsOnChange && !busyWithForm()) {
      stopped = true;
      location.replace(freshPage);
      return;
    }
    announce(reloadsOnChange ? `Status changed: ${changes.join(' ')} —` : changes.join(' '), reloadsOnChange);
  }

  async function poll() {
    timer = null;
    const ids = watchedIds();
    if (ids.length === 0) return;
    inFlight = true;
    try {
      const response = await fetch(`/dashboard/sessions/live?${new URLSearchParams({ ids: ids.join(',') })}`, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      // Signed out (sent to the sign-in page) or refused: stop; the page itself still works.
      if (!response.ok || response.redirected) {
        stopped = true;
        return;
      }
      apply((await response.json()).sessions);
    } catch {
      // Offline for a moment: the next round tries again.
    } finally {
      inFlight = false;
    }
    schedule();
  }

  function schedule() {
    if (stopped || document.hidden || timer !== null || inFlight) return;
    timer = setTimeout(poll, POLL_INTERVAL_MS);
  }

  // A hidden tab asks nothing; back in view, it catches up at once.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) {
      clearTimeout(timer);
      timer = null;
    } else if (!stopped && timer === null && !inFlight) {
      void poll();
    }
  });

  schedule();
})();
