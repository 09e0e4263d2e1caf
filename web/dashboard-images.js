/**
 * Zoom and rotate on the review screen: each `<figure data-image-viewer>` (a session's document photos and selfie)
 * gets buttons to zoom in, zoom out, turn 90° and reset, applied as a CSS transform on its image inside a clipped
 * frame. Without this script the images are plain thumbnails that open full size.
 */
'use strict';

(() => {
  const STEP = 1.25;
  const MIN_ZOOM = 0.5;
  const MAX_ZOOM = 4;
  const TOOLS = [
    ['zoom-in', '+', 'Zoom in'],
    ['zoom-out', '−', 'Zoom out'],
    ['rotate', '⟳', 'Rotate 90°'],
    ['reset', 'Reset', 'Reset'],
  ];

  const apply = (img, view) => {
    if (view.zoom === 1 && view.turns === 0) {
      img.style.transform = '';
      return;
    }
    // A quarter-turned photo is shrunk to fit the frame its upright self filled, so nothing is cut off at zoom 1.
    const quarter = view.turns % 2 === 1 && img.offsetWidth > 0 && img.offsetHeight > 0;
    const fit = quarter ? Math.min(img.offsetWidth / img.offsetHeight, img.offsetHeight / img.offsetWidth) : 1;
    img.style.transform = `rotate(${view.turns * 90}deg) scale(${view.zoom * fit})`;
  };

  for (const figure of document.querySelectorAll('figure[data-image-viewer]')) {
    const img = figure.querySelector('img');
    if (!img) continue;
    const view = { zoom: 1, turns: 0 };
    const tools = document.createElement('div');
    tools.setAttribute('role', 'group');
    tools.setAttribute('aria-label', `${img.alt}: view`);
    tools.setAttribute('data-image-tools', '');
    tools.className = 'image-tools';
    for (const [action, text, label] of TOOLS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('aria-label', label);
      button.title = label;
      button.dataset.imageAction = action;
      tools.append(button);
    }
    tools.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[data-image-action]') : null;
      if (!button) return;
      const action = button.dataset.imageAction;
      if (action === 'zoom-in') view.zoom = Math.min(MAX_ZOOM, view.zoom * STEP);
      else if (action === 'zoom-out') view.zoom = Math.max(MIN_ZOOM, view.zoom / STEP);
      else if (action === 'rotate') view.turns = (view.turns + 1) % 4;
      else {
        view.zoom = 1;
        view.turns = 0;
      }
      apply(img, view);
    });
    figure.insertBefore(tools, figure.querySelector('figcaption'));
  }
})();
