/**
 * The live camera of the hosted page's capture steps: plain browser JavaScript, served as-is from /assets/.
 *
 * web/hosted-flow.js owns the flow and tells this script which step is on screen (`hostedCamera.show(kind, …)`, or
 * `hide()`); this script opens the rear camera for a document and the front camera for the selfie, runs the
 * on-device quick checks (web/camera-checks.js) on the viewfinder twice a second to guide the person, refuses a shot
 * that fails them before anything is sent, and hands a shot the person accepts back as a JPEG file
 * (`hostedCamera.onPhoto`), which goes through the same upload as a chosen file, so the server's checks still apply.
 * Where no camera can be opened (no getUserMedia, permission denied, no camera) it says why once and the step's file
 * pickers work as before; "choose a file" stays on offer beside the camera.
 */
'use strict';

(() => {
  const ANALYSE_EVERY_MS = 500;
  /** The checks look at the frame scaled to this many pixels on its longer side: enough detail, little work. */
  const ANALYSIS_SIDE = 320;
  /** The longest side of a photo sent; more adds bytes, not readability. */
  const SHOT_SIDE = 2048;
  const JPEG_QUALITY = 0.92;

  const byId = (id) => document.getElementById(id);
  const messages = JSON.parse(byId('camera-messages').textContent);
  const { guideOf, problemOf } = window.cameraChecks;
  const faceDetector = createFaceDetector();

  const state = {
    /** The capture step on screen (FRONT, BACK or FACE), or null. */
    kind: null,
    /** idle (no camera open), starting, live, review (a shot waits to be used) or sending. */
    mode: 'idle',
    /** A photo of this step was already taken: the camera opens only when the person asks to retake it. */
    done: false,
    /** A request of the page is in flight: every control waits. */
    disabled: false,
    /** This step's photo is being uploaded: the page shows it in place of the camera. */
    uploading: false,
    stream: null,
    torchOffered: false,
    torchOn: false,
    /** The shot waiting to be used: { file, url }. */
    shot: null,
    /** The guidance's key in messages.guidance (or 'starting'), and whether it refuses a shot. */
    guidance: null,
    refused: false,
    /** Why no camera can be opened in this page load ('denied', 'noCamera', 'unsupported'), once known. */
    unavailable: null,
  };
  let analysisTimer = null;
  let openWhenFree = false;
  let analysing = false;

  /** Chromium's Shape Detection API where the platform offers it; elsewhere the checks' skin heuristic stands in. */
  function createFaceDetector() {
    try {
      return 'FaceDetector' in window ? new window.FaceDetector({ fastMode: true, maxDetectedFaces: 3 }) : null;
    } catch {
      return null;
    }
  }

  function targetOf(kind) {
    return kind === 'FACE' ? 'face' : 'document';
  }

  function cameraApiPresent() {
    return window.isSecureContext && Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  }

  /** getUserMedia's errors, as the person can act on them. */
  function reasonOf(error) {
    const name = error && error.name;
    if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
    return 'unsupported';
  }

  // ----- The camera ----------------------------------------------------------------------------------------------

  async function start() {
    const { kind } = state;
    if (state.unavailable === null && !cameraApiPresent()) state.unavailable = 'unsupported';
    if (kind === null || state.unavailable !== null || state.mode !== 'idle') return render();
    state.mode = 'starting';
    setGuidance('starting');
    render();
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: { ideal: kind === 'FACE' ? 'user' : 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
      });
    } catch (error) {
      if (state.kind === kind && state.mode === 'starting') {
        state.unavailable = reasonOf(error);
        state.mode = 'idle';
        render();
      }
      return;
    }
    // The person moved on while the browser asked for permission.
    if (state.kind !== kind || state.mode !== 'starting') return stopTracks(stream);
    state.stream = stream;
    const video = byId(`camera-video-${kind}`);
    video.srcObject = stream;
    try {
      await video.play();
    } catch {
      // A muted inline video plays without a gesture; should it not, the frames still arrive for the checks.
    }
    await sized(video);
    if (state.stream !== stream) return;
    fitViewfinder(kind, video.videoWidth, video.videoHeight);
    const [track] = stream.getVideoTracks();
    state.torchOffered = Boolean(track && typeof track.getCapabilities === 'function' && track.getCapabilities().torch);
    state.torchOn = false;
    state.mode = 'live';
    setGuidance(null);
    render();
    analysisTimer = setInterval(() => void analyseLive(), ANALYSE_EVERY_MS);
    void analyseLive();
  }

  function stopTracks(stream) {
    for (const track of stream.getTracks()) track.stop();
  }

  function stop() {
    clearInterval(analysisTimer);
    analysisTimer = null;
    if (state.stream) stopTracks(state.stream);
    state.stream = null;
    if (state.kind) byId(`camera-video-${state.kind}`).srcObject = null;
    discardShot();
    state.mode = 'idle';
    state.guidance = null;
    state.refused = false;
  }

  function sized(video) {
    if (video.videoWidth > 0) return Promise.resolve();
    return new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
  }

  /** The viewfinder takes the frame's proportions (at most 60 % of the screen's height), so the guide maps onto it. */
  function fitViewfinder(kind, width, height) {
    const viewfinder = byId(`camera-viewfinder-${kind}`);
    viewfinder.style.aspectRatio = `${width} / ${height}`;
    viewfinder.style.width = `min(100%, ${((60 * width) / height).toFixed(2)}vh)`;
    const guide = guideOf(targetOf(kind), width, height);
    const style = byId(`camera-guide-${kind}`).style;
    style.left = `${(guide.x / width) * 100}%`;
    style.top = `${(guide.y / height) * 100}%`;
    style.width = `${(guide.width / width) * 100}%`;
    style.height = `${(guide.height / height) * 100}%`;
  }

  /** The current frame (or a canvas) drawn onto a canvas of at most `side` pixels on its longer side. */
  function drawn(source, sourceWidth, sourceHeight, side) {
    const scale = Math.min(1, side / Math.max(sourceWidth, sourceHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(sourceWidth * scale);
    canvas.height = Math.round(sourceHeight * scale);
    canvas.getContext('2d', { willReadFrequently: true }).drawImage(source, 0, 0, canvas.width, canvas.height);
    return canvas;
  }

  /** What is wrong with the picture on `canvas` for this step, or null (web/camera-checks.js). */
  async function problemIn(canvas, kind) {
    const small = drawn(canvas, canvas.width, canvas.height, ANALYSIS_SIDE);
    const image = small.getContext('2d', { willReadFrequently: true }).getImageData(0, 0, small.width, small.height);
    const target = targetOf(kind);
    const guide = guideOf(target, small.width, small.height);
    return problemOf(image, target, guide, target === 'face' ? await facesIn(small, guide) : null);
  }

  /** Faces the browser's detector finds centred in the oval; null when it has none or it fails. */
  async function facesIn(canvas, guide) {
    if (!faceDetector) return null;
    try {
      const faces = await faceDetector.detect(canvas);
      return faces.filter(({ boundingBox: box }) => {
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        return x >= guide.x && x <= guide.x + guide.width && y >= guide.y && y <= guide.y + guide.height;
      }).length;
    } catch {
      return null;
    }
  }

  async function analyseLive() {
    const { kind } = state;
    const video = kind && byId(`camera-video-${kind}`);
    if (state.mode !== 'live' || analysing || !video || video.videoWidth === 0) return;
    analysing = true;
    const problem = await problemIn(drawn(video, video.videoWidth, video.videoHeight, ANALYSIS_SIDE), kind);
    analysing = false;
    // A refusal stays on screen until the picture changes what it says.
    if (state.mode === 'live' && state.kind === kind && !(state.refused && state.guidance === problem)) {
      setGuidance(problem ?? 'ready');
      render();
    }
  }

  // ----- Actions -------------------------------------------------------------------------------------------------

  async function shoot() {
    const { kind } = state;
    if (state.mode !== 'live' || state.disabled) return;
    const video = byId(`camera-video-${kind}`);
    const canvas = drawn(video, video.videoWidth, video.videoHeight, SHOT_SIDE);
    const problem = await problemIn(canvas, kind);
    if (state.mode !== 'live' || state.kind !== kind) return;
    if (problem) {
      // Refused on the device: nothing is sent and no attempt is used.
      setGuidance(problem, true);
      return render();
    }
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
    if (!blob || state.mode !== 'live' || state.kind !== kind) return;
    const file = new File([blob], `${kind.toLowerCase()}.jpg`, { type: 'image/jpeg' });
    state.shot = { file, url: URL.createObjectURL(file) };
    video.pause();
    state.mode = 'review';
    setGuidance('check');
    render();
    byId(`camera-use-${kind}`).focus();
  }

  async function usePhoto() {
    const { kind, shot } = state;
    if (state.mode !== 'review' || state.disabled || !shot || !api.onPhoto) return;
    state.mode = 'sending';
    render();
    const uploaded = await api.onPhoto(kind, shot.file);
    // Sent: the page has moved on to the next step (and closed this camera). Refused: the person takes it again.
    if (state.kind !== kind || state.mode !== 'sending') return;
    if (uploaded) {
      stop();
      render();
    } else {
      resume();
    }
  }

  function resume() {
    discardShot();
    state.mode = 'live';
    setGuidance(null);
    const video = byId(`camera-video-${state.kind}`);
    video.play().catch(() => {});
    render();
  }

  function retake() {
    if (state.mode !== 'review' || state.disabled) return;
    resume();
    byId(`camera-shutter-${state.kind}`).focus();
  }

  async function toggleTorch() {
    if (state.mode !== 'live' || !state.stream) return;
    const [track] = state.stream.getVideoTracks();
    const on = !state.torchOn;
    try {
      await track.applyConstraints({ advanced: [{ torch: on }] });
      state.torchOn = on;
    } catch {
      // The capability was announced but the light cannot be switched: the toggle goes.
      state.torchOffered = false;
    }
    render();
  }

  function discardShot() {
    if (state.shot) URL.revokeObjectURL(state.shot.url);
    state.shot = null;
  }

  function setGuidance(key, refused = false) {
    state.guidance = key;
    state.refused = refused;
  }

  // ----- Drawing -------------------------------------------------------------------------------------------------

  function render() {
    const { kind, mode } = state;
    if (kind === null) return;
    const open = mode !== 'idle';
    byId(`live-camera-${kind}`).hidden = !open || state.uploading;
    // The step's own "take photo" opens this camera instead, so it shows only while the camera is closed.
    setPickerHidden(kind, open);
    const notice = byId(`camera-unavailable-${kind}`);
    notice.hidden = state.unavailable === null;
    notice.textContent = state.unavailable === null ? '' : messages.unavailable[state.unavailable];
    if (!open) return;
    byId(`camera-video-${kind}`).hidden = mode === 'review' || mode === 'sending';
    const shotImage = byId(`camera-shot-${kind}`);
    shotImage.hidden = !(mode === 'review' || mode === 'sending');
    if (state.shot && shotImage.getAttribute('src') !== state.shot.url) shotImage.src = state.shot.url;
    byId(`camera-viewfinder-${kind}`).classList.toggle('ready', mode === 'live' && state.guidance === 'ready');
    const guidance = byId(`camera-guidance-${kind}`);
    const text = state.guidance === 'starting' ? messages.starting : state.guidance ? messages.guidance[state.guidance] : '';
    // Written only when it changes, so screen readers hear each new guidance once.
    if (guidance.textContent !== text) guidance.textContent = text;
    guidance.classList.toggle('problem', state.refused);
    byId(`camera-live-${kind}`).hidden = mode !== 'live' && mode !== 'starting';
    byId(`camera-shutter-${kind}`).disabled = mode !== 'live' || state.disabled;
    const torch = byId(`camera-torch-${kind}`);
    torch.hidden = !(mode === 'live' && state.torchOffered);
    torch.setAttribute('aria-pressed', String(state.torchOn));
    byId(`camera-review-${kind}`).hidden = mode !== 'review' && mode !== 'sending';
    for (const action of ['use', 'retake']) byId(`camera-${action}-${kind}`).disabled = mode !== 'review' || state.disabled;
  }

  /** The step's `capture` file input (id camera-KIND in session-pages.tsx) and its label, the visible button. */
  function setPickerHidden(kind, hidden) {
    const input = document.querySelector(`input.file-input[capture][data-kind="${kind}"]`);
    if (!input) return;
    input.hidden = hidden;
    const label = document.querySelector(`label[for="${input.id}"]`);
    if (label) label.hidden = hidden;
  }

  // ----- Wiring --------------------------------------------------------------------------------------------------

  const ACTIONS = { shutter: shoot, use: usePhoto, retake, torch: toggleTorch };

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-camera-action]');
    if (button && !button.disabled) return void ACTIONS[button.dataset.cameraAction]();
    // The step's "take photo" / "retake photo" opens the live camera where there is one, not the file dialog.
    const input = event.target.closest('input.file-input[capture]');
    if (input && input.dataset.kind === state.kind && state.unavailable === null && cameraApiPresent() && state.mode === 'idle') {
      event.preventDefault();
      void start();
    }
  });

  // A camera left open in a hidden tab keeps its light on: it closes, and opens again when the page is back.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && (state.mode === 'live' || state.mode === 'starting')) {
      stop();
      render();
    } else if (!document.hidden && state.kind !== null && state.mode === 'idle' && !state.done && !state.disabled) {
      void start();
    }
  });

  const api = {
    /** Set by web/hosted-flow.js: uploads the photo of `kind` and resolves to whether the server took it. */
    onPhoto: null,
    /**
     * The capture step of `kind` is on screen. `done`: a photo of it was already taken (the camera waits for the
     * person to retake it); `disabled`: a request is in flight; `uploading`: this step's photo is being sent.
     */
    show(kind, { done, disabled, uploading }) {
      Object.assign(state, { done, disabled, uploading });
      if (kind !== state.kind) {
        stop();
        render();
        state.kind = kind;
        // A step still to do opens the camera at once (once the page is not waiting for a request).
        openWhenFree = !done;
      }
      if (openWhenFree && !disabled) {
        openWhenFree = false;
        void start();
      }
      render();
    },
    /** No capture step is on screen: the camera closes. */
    hide() {
      stop();
      render();
      state.kind = null;
    },
  };
  window.hostedCamera = api;
})();
