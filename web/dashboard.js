/**
 * The dashboard's small behaviours, on every signed-in page (the pages work without it):
 * - `<button data-copy="#input-id">` copies that field's value and says so;
 * - a submitted form's submit button shows it is working and cannot be pressed twice;
 * - `data-live-session="ses_…"` status pills follow the session's status while the page is open (see dashboard-live.js).
 */
'use strict';

(() => {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    if (!button) return;
    const field = document.querySelector(button.getAttribute('data-copy'));
    if (!field) return;
    const label = button.textContent;
    const done = (text) => {
      button.textContent = text;
      setTimeout(() => (button.textContent = label), 2000);
    };
    navigator.clipboard.writeText(field.value).then(
      () => done('Copied'),
      () => {
        // Without clipboard access the text is selected, ready for Ctrl+C.
        field.select();
        done('Press Ctrl+C');
      },
    );
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
    const button = event.submitter instanceof HTMLButtonElement ? event.submitter : form.querySelector('button[type=submit]');
    if (!button) return;
    if (button.getAttribute('aria-busy') === 'true') {
      event.preventDefault();
      return;
    }
    button.setAttribute('aria-busy', 'true');
    button.dataset.label = button.textContent;
    button.textContent = 'Working…';
  });

  // Coming back to a page from the browser's history shows its buttons ready again.
  window.addEventListener('pageshow', () => {
    for (const button of document.querySelectorAll('button[aria-busy=true]')) {
      button.removeAttribute('aria-busy');
      if (button.dataset.label) button.textContent = button.dataset.label;
    }
  });
})();
