/**
 * The desktop's handoff page (`/v/{token}/handoff`): plain browser JavaScript, served as-is from /assets/.
 *
 * Asks the page's status endpoint every couple of seconds what the phone is doing and says it in the status line
 * (a live region, so screen readers hear each change once); when the session is done, it goes to the session's page,
 * which shows the result. Polling rather than a push channel: one small GET, nothing held open, and a lost answer is
 * simply the next one.
 */
'use strict';

(() => {
  const POLL_INTERVAL_MS = 2000;

  const byId = (id) => document.getElementById(id);
  const { statusPath, flowPath, status: texts } = JSON.parse(byId('handoff-state').textContent);

  /** The line to show for an answer of the status endpoint. */
  function statusOf({ phone, phase }) {
    if (phase === 'CHECKING') return 'CHECKING';
    if (phone === 'OPENED') return 'CAPTURING';
    return phone === 'EXPIRED' ? 'EXPIRED' : 'WAITING';
  }

  function show(status) {
    const text = texts[status];
    // Unchanged text is not written again, so the live region speaks only when something happened.
    if (byId('handoff-status-text').textContent !== text) byId('handoff-status-text').textContent = text;
    byId('handoff-spinner').hidden = status === 'EXPIRED';
    byId('handoff-new').hidden = status !== 'EXPIRED';
    byId('handoff-code').hidden = status === 'CAPTURING' || status === 'CHECKING';
  }

  async function poll() {
    let response;
    try {
      response = await fetch(statusPath, { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' });
    } catch {
      // Offline for a moment: the next poll tries again.
      setTimeout(poll, POLL_INTERVAL_MS);
      return;
    }
    // The session is gone or ended: its own page says how.
    if (response.status === 404) return location.replace(flowPath);
    const answer = response.ok ? await response.json().catch(() => null) : null;
    if (answer && answer.phase === 'DONE') return location.replace(flowPath);
    if (answer) show(statusOf(answer));
    setTimeout(poll, POLL_INTERVAL_MS);
  }

  setTimeout(poll, POLL_INTERVAL_MS);
})();
