import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getLetter } from '@core/content/letters';
import { recognizeLetter, type LetterMatch } from '@core/letters/recognize';
import type { ISODate } from '@core/domain/dates';
import { useApp } from '../../../app/AppContext';
import { Icon } from '../../../components/Icon';
import { BackLink } from '../../../components/Layout';
import { useFormatDate } from '../../../components/useFormatDate';
import { UI } from '../../../components/AreaParts';
import { LetterPage } from '../LetterPage';
import { Camera } from './Camera';
import { decodeFile, prepareImage } from './image';
import { OcrEngine, type OcrStage } from './ocr';
import './reader.css';

type Notice = 'badFile' | 'failed' | 'cancelled' | 'camera';
type Phase =
  | { kind: 'choose'; notice?: Notice }
  | { kind: 'camera' }
  | { kind: 'reading'; stage: OcrStage; progress: number }
  | { kind: 'result'; text: string; match: LetterMatch };

const NS = ['reader', UI, 'common'] as const;

/**
 * The letter reader: a photo, scan or webcam picture of a Dutch letter is
 * read on this computer (OCR in a worker), recognised (core/letters/recognize)
 * and explained, with its dates offered for the timeline. The picture and the
 * text live in this component's memory only and are gone when it closes.
 */
export default function ReaderPage() {
  const { t } = useTranslation(NS);
  const { info } = useApp();
  const kiosk = info.mode === 'kiosk';
  const engine = useRef<OcrEngine | null>(null);
  const attempt = useRef(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });

  // The OCR loads when the reader opens (never before), and ends when it closes.
  useEffect(() => {
    const e = new OcrEngine();
    const attempts = attempt;
    engine.current = e;
    void e.start().catch(() => undefined);
    return () => {
      // A reading still under way is forgotten: its result never shows.
      attempts.current++;
      e.stop();
      engine.current = null;
    };
  }, []);

  const read = useCallback(async (source: CanvasImageSource, width: number, height: number, done?: () => void) => {
    const id = ++attempt.current;
    setPhase({ kind: 'reading', stage: 'loading', progress: 0 });
    // Let the progress bar paint before the picture is prepared.
    await new Promise((r) => setTimeout(r, 30));
    if (id !== attempt.current) return done?.();
    let prepared: HTMLCanvasElement | null = null;
    try {
      prepared = prepareImage(source, width, height).canvas;
      done?.();
      const e = engine.current;
      if (!e) return;
      const text = await e.read(prepared, (p) => {
        if (id === attempt.current) setPhase({ kind: 'reading', stage: p.stage, progress: p.progress });
      });
      if (id !== attempt.current) return;
      setPhase({ kind: 'result', text, match: recognizeLetter(text) });
    } catch {
      done?.();
      if (id === attempt.current) setPhase({ kind: 'choose', notice: 'failed' });
    } finally {
      // The picture is dropped as soon as it is read.
      if (prepared) prepared.width = 0;
    }
  }, []);

  const readFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const image = await decodeFile(file);
        await read(image.source, image.width, image.height, () => image.close());
      } catch {
        setPhase({ kind: 'choose', notice: 'badFile' });
      }
    },
    [read],
  );

  function cancel() {
    attempt.current++;
    engine.current?.stop();
    void engine.current?.start().catch(() => undefined);
    setPhase({ kind: 'choose', notice: 'cancelled' });
  }

  if (phase.kind === 'result') {
    return <ReaderResult text={phase.text} match={phase.match} onAgain={() => setPhase({ kind: 'choose' })} />;
  }

  return (
    <>
      <BackLink href="/letters" label={t(`${UI}:letters.allLetters`)} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="note reader__private">
        <Icon name="shield" /> <span>{t(kiosk ? 'privateKiosk' : 'private')}</span>
      </p>

      {phase.kind === 'reading' ? (
        <ReadingProgress stage={phase.stage} progress={phase.progress} onCancel={cancel} />
      ) : (
        <>
          <p>{t('howTo')}</p>
          <div aria-live="polite">
            {phase.kind === 'choose' && phase.notice && (
              <p className={phase.notice === 'cancelled' ? 'note' : 'field-error'} role={phase.notice === 'cancelled' ? 'status' : 'alert'}>
                <Icon name={phase.notice === 'cancelled' ? 'info' : 'warning'} /> <span>{t(`notice.${phase.notice}`)}</span>
              </p>
            )}
          </div>
          {phase.kind === 'camera' ? (
            <Camera
              onPicture={(canvas, stop) => void read(canvas, canvas.width, canvas.height, () => {
                stop();
                canvas.width = 0;
              })}
              onClose={() => setPhase({ kind: 'choose' })}
              onError={() => setPhase({ kind: 'choose', notice: 'camera' })}
            />
          ) : (
            <div className="reader__choices">
              {/* No file dialog on a kiosk: it would be a way out of the app. */}
              {!kiosk && <FileChoice onFile={(f) => void readFile(f)} />}
              <section className="card reader__choice" aria-labelledby="reader-camera-h">
                <h2 id="reader-camera-h">
                  <Icon name="search" /> {t('camera.heading')}
                </h2>
                <p>{t('camera.explain')}</p>
                <button type="button" className="button button--primary" onClick={() => setPhase({ kind: 'camera' })}>
                  {t('camera.start')}
                </button>
              </section>
            </div>
          )}
        </>
      )}
    </>
  );
}

function FileChoice({ onFile }: { onFile: (f: File | undefined) => void }) {
  const { t } = useTranslation(NS);
  const uid = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFile(e.dataTransfer.files[0]);
  };
  return (
    <section
      className={over ? 'card reader__choice reader__drop reader__drop--over' : 'card reader__choice reader__drop'}
      aria-labelledby={`${uid}-h`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={`${uid}-h`}>
        <Icon name="letter" /> {t('file.heading')}
      </h2>
      <label htmlFor={`${uid}-f`} className="field__label">
        {t('file.label')}
      </label>
      <p id={`${uid}-hint`} className="field__hint">
        {t('file.hint')}
      </p>
      <input
        id={`${uid}-f`}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/bmp,image/gif"
        className="reader__file"
        aria-describedby={`${uid}-hint`}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          // Forget the file at once: the input keeps no reference to it.
          e.target.value = '';
        }}
      />
      <p className="reader__drop-hint" aria-hidden="true">
        {t('file.drop')}
      </p>
    </section>
  );
}

function ReadingProgress({ stage, progress, onCancel }: { stage: OcrStage; progress: number; onCancel: () => void }) {
  const { t } = useTranslation(NS);
  const uid = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const percent = Math.round(progress * 100);
  return (
    <section className="card reader__progress" aria-labelledby={`${uid}-l`} aria-busy="true">
      <p id={`${uid}-l`} role="status">
        {t(`progress.${stage}`)}
      </p>
      <progress max={100} value={percent} aria-labelledby={`${uid}-l`} className="reader__bar">
        {percent} %
      </progress>
      <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
        <Icon name="close" /> {t('progress.cancel')}
      </button>
    </section>
  );
}

function ReaderResult({ text, match, onAgain }: { text: string; match: LetterMatch; onAgain: () => void }) {
  const { t } = useTranslation(NS);
  const format = useFormatDate();
  const letter = match.letterId ? getLetter(match.letterId) : undefined;
  const [chosen, setChosen] = useState<ISODate | undefined>(letter?.addsDate ? match.letterDate : undefined);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    top.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  // Each date once, with the words around its first appearance.
  const dates = match.dates.filter((d, i, all) => all.findIndex((o) => o.date === d.date) === i);

  return (
    <div ref={top} className="reader__result" data-reader-result={match.letterId ?? 'none'}>
      <BackLink href="/letters" label={t(`${UI}:letters.allLetters`)} />
      {letter ? (
        <>
          <p className="note reader__found" role="status">
            <Icon name="check" /> <span>{t('result.found')}</span>
            {match.letterDate && <> {t('result.letterDate', { date: format(match.letterDate) })}</>}
          </p>
          <LetterPage key={chosen ?? 'none'} id={letter.id} suggestedDate={chosen} embedded />
        </>
      ) : (
        <>
          <h1 tabIndex={-1}>{t('result.notFoundTitle')}</h1>
          <div className="card" role="status">
            <p>{t('result.notFound')}</p>
            <Link href="/" className="button button--primary">
              <Icon name="letter" /> <span>{t(`${UI}:letters.allLetters`)}</span>
            </Link>
          </div>
        </>
      )}

      <section aria-labelledby="reader-dates-h" className="reader__dates">
        <h2 id="reader-dates-h">
          <Icon name="calendar" /> {t('result.datesHeading')}
        </h2>
        <p className="note">{t('result.check')}</p>
        {dates.length === 0 ? (
          <p>{t('result.datesNone')}</p>
        ) : (
          <ul className="reader__date-list">
            {dates.map((d, i) => (
              <li key={`${d.date}-${i}`}>
                <strong>{format(d.date)}</strong>
                {d.date === match.letterDate && <> ({t('result.isLetterDate')})</>}
                <br />
                <q lang="nl" dir="ltr" className="reader__context">
                  {d.context}
                </q>
                {letter?.addsDate && (
                  <>
                    <br />
                    <button
                      type="button"
                      className="button"
                      aria-pressed={chosen === d.date}
                      onClick={() => setChosen(d.date)}
                    >
                      <Icon name="calendar" /> <span>{t('result.useDate', { date: format(d.date) })}</span>
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reader-text-h" className="reader__text">
        <h2 id="reader-text-h">{t('result.dutchText')}</h2>
        <p className="field__hint">{t('result.dutchTextHint')}</p>
        <pre lang="nl" dir="ltr" className="reader__pre" tabIndex={0} aria-labelledby="reader-text-h">
          {text.trim()}
        </pre>
      </section>

      <p>
        <button type="button" className="button button--primary" onClick={onAgain}>
          <Icon name="repeat" /> <span>{t('result.again')}</span>
        </button>
      </p>
    </div>
  );
}
