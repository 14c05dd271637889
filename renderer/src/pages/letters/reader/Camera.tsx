import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';

/**
 * The webcam, video only, while this component is on screen: every track is
 * stopped when the picture is taken or the camera is closed. The frame is
 * copied to a canvas in memory and handed on; nothing is recorded or saved.
 */
export function Camera({
  onPicture,
  onClose,
  onError,
}: {
  onPicture: (frame: HTMLCanvasElement, stop: () => void) => void;
  onClose: () => void;
  onError: () => void;
}) {
  const { t } = useTranslation('reader');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const takeRef = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);

  const stop = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
  };

  useEffect(() => {
    let alive = true;
    if (!navigator.mediaDevices?.getUserMedia) {
      onError();
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ audio: false, video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1080 } } })
      .then(async (s) => {
        if (!alive) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        stream.current = s;
        const v = video.current;
        if (!v) return;
        v.srcObject = s;
        await v.play().catch(() => undefined);
        setReady(true);
        takeRef.current?.focus();
      })
      .catch(() => {
        if (alive) onError();
      });
    return () => {
      alive = false;
      stop();
    };
    // Opened once per mount; the handlers are stable enough for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function take() {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const frame = document.createElement('canvas');
    frame.width = v.videoWidth;
    frame.height = v.videoHeight;
    frame.getContext('2d')?.drawImage(v, 0, 0);
    onPicture(frame, stop);
  }

  return (
    <section className="card reader__camera" aria-labelledby="reader-cam-h">
      <h2 id="reader-cam-h">{t('camera.heading')}</h2>
      <p>{t('camera.hold')}</p>
      <video ref={video} className="reader__video" muted playsInline aria-label={t('camera.preview')} />
      <p className="reader__camera-actions">
        <button ref={takeRef} type="button" className="button button--primary" disabled={!ready} onClick={take}>
          <Icon name="check" /> <span>{t('camera.take')}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            stop();
            onClose();
          }}
        >
          <Icon name="close" /> <span>{t('camera.close')}</span>
        </button>
      </p>
    </section>
  );
}
