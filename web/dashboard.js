/**
 * The dashboard's small behaviours, on every signed-in page (the pages work without it):
 * - `<button data-copy="#input-id">` copies that field's value and says so;
 * - a submitted form's submit button shows it is working and cannot be pressed twice;
 * - `data-live-session="ses_…"` status pills follow the session's status while the page is open (see dashboard-live.js);
 * - `<time data-local>` moments (written in UTC) are shown in the browser's time zone, UTC kept in the title;
 * - a `datetime-local` field with `data-offset-field` sends the browser's UTC offset for its value in that hidden field.
 */
'use strict';

(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const two = (n) => String(n).padStart(2, '0');
  /** "2030-07-01 12:00 GMT+3": the same shape as the UTC text, in the browser's zone, named. */
  const localText = (date, seconds) => {
    const zoneName = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(date).find((part) => part.type === 'timeZoneName');
    const time = `${two(date.getHours())}:${two(date.getMinutes())}${seconds ? `:${two(date.getSeconds())}` : ''}`;
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${time} ${zoneName ? zoneName.value : zone}`;
  };
  for (const element of document.querySelectorAll('time[data-local]')) {
    const date = new Date(element.getAttribute('datetime'));
    if (Number.isNaN(date.getTime())) continue;
    element.textContent = localText(date, element.getAttribute('data-local') === 'second');
  }

  document.addEventListener('submit', (event) => {
    if (!(event.target instanceof HTMLFormElement)) return;
    for (const input of event.target.querySelectorAll('input[type=datetime-local][data-offset-field]')) {
      const field = event.target.elements.namedItem(input.getAttribute('data-offset-field'));
      // A datetime-local value parses as local time: its offset is the one on that date, DST included.
      const date = new Date(input.value);
      if (field) field.value = Number.isNaN(date.getTime()) ? '' : String(date.getTimezoneOffset());
    }
  });

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
