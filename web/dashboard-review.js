/**
 * Keyboard shortcuts of the review screen (a session's page): A ticks Approve, D ticks Deny and moves to the reasons,
 * N opens the next session in the review queue. Keys typed into a field or on an image's zoom buttons are left alone, as
 * are keys with modifiers.
 */
'use strict';

(() => {
  // Text goes into fields that take text; on a radio button or a box to tick, the keys stay shortcuts.
  const typing = (target) =>
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) || (target.tagName === 'INPUT' && !/^(radio|checkbox|button|submit)$/.test(target.type)));
  const choose = (decision) => {
    const radio = document.querySelector(`[data-review-form] input[name=decision][value=${decision}]`);
    if (!radio) return false;
    radio.checked = true;
    const focus = decision === 'DENIED' ? document.querySelector('[data-review-form] input[name=reasons]') : radio;
    (focus || radio).focus();
    return true;
  };
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    // On an image's zoom and rotate buttons (dashboard-images.js) a stray letter must not decide the session.
    if (event.target instanceof Element && event.target.closest('[data-image-tools]')) return;
    const key = event.key.toLowerCase();
    let handled = false;
    if (key === 'a') handled = choose('APPROVED');
    else if (key === 'd') handled = choose('DENIED');
    else if (key === 'n') {
      const next = document.querySelector('a[data-next-review]');
      if (next) {
        window.location.assign(next.href);
        handled = true;
      }
    }
    if (handled) event.preventDefault();
  });
})();
