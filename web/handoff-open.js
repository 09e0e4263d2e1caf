/**
 * The short link's page (`/h/{code}`): sends its form at once, so the phone opens the session without a tap. The form
 * stays on the page for a browser that stops this script.
 */
'use strict';

document.getElementById('handoff-open').requestSubmit();
