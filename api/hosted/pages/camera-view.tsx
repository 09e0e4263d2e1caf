/**
 * The live camera of one capture step: the viewfinder with its document frame or face oval, live guidance, the
 * shutter and torch, then the shot with "use this photo" and "retake". Rendered hidden; `web/camera.js` shows it when
 * the browser opens a camera, and otherwise shows why not, leaving the step's file pickers as they always were.
 */
import type { VNode } from 'preact';
import type { DocumentKind } from '../../../workflows/definitions';
import { Icon } from '../../html/layout';
import type { Messages } from '../i18n';

/** The on-device checks first: camera.js uses them. Both are served by api/assets.ts. */
export const CAMERA_SCRIPTS = ['/assets/camera-checks.js', '/assets/camera.js'] as const;
export const CAMERA_STYLESHEET = '/assets/camera.css';

export function CameraStylesheet(): VNode {
  // A same-origin stylesheet may sit in the body; the camera's rules stay out of the shared page style.
  return <link rel="stylesheet" href={CAMERA_STYLESHEET} />;
}

export function CameraView({ messages: { camera }, kind }: { messages: Messages; kind: DocumentKind }): VNode {
  return (
    <>
      <div class="camera" id={`live-camera-${kind}`} hidden>
        <div class={`viewfinder ${kind === 'FACE' ? 'face' : 'document'}`} id={`camera-viewfinder-${kind}`}>
          {/* The picture is described by the guidance below it; the video itself says nothing to a screen reader. */}
          <video id={`camera-video-${kind}`} muted playsinline aria-hidden="true"></video>
          <img id={`camera-shot-${kind}`} alt={camera.shotAlt} hidden />
          <div class="guide" id={`camera-guide-${kind}`} aria-hidden="true"></div>
        </div>
        <p class="guidance" id={`camera-guidance-${kind}`} role="status"></p>
        <div class="actions" id={`camera-live-${kind}`}>
          <button class="button" type="button" id={`camera-shutter-${kind}`} data-camera-action="shutter">
            <Icon name="camera" />
            <span>{camera.shutter}</span>
          </button>
          <button class="button secondary" type="button" id={`camera-torch-${kind}`} data-camera-action="torch" aria-pressed="false" hidden>
            {camera.torch}
          </button>
        </div>
        <div class="actions" id={`camera-review-${kind}`} hidden>
          <button class="button" type="button" id={`camera-use-${kind}`} data-camera-action="use">
            <Icon name="check" />
            <span>{camera.usePhoto}</span>
          </button>
          <button class="button secondary" type="button" id={`camera-retake-${kind}`} data-camera-action="retake">
            {camera.retake}
          </button>
        </div>
      </div>
      <p class="notice" id={`camera-unavailable-${kind}`} role="status" hidden></p>
    </>
  );
}
