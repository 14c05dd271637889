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
import { OcrEngine, OcrStartTimeout, type OcrStage } from './ocr';
import type { PdfFile } from './pdf';
import './reader.css';

type Notice = 'badFile' | 'failed' | 'cancelled' | 'camera';
type Phase =
  | { kind: 'choose'; notice?: Notice }
  | { kind: 'camera' }
  | { kind: 'reading'; stage: OcrStage; progress: number }
  /** A PDF of several pages: the person picks the page to read. */
  | { kind: 'pages'; pages: number }
  /** The OCR did not start in time (OCR_START_TIMEOUT_MS): a plain message, a retry and the gallery. */
  | { kind: 'stalled' }
  | { kind: 'result'; text: string; match: LetterMatch };

const NS = ['reader', UI, 'common'] as const;

/** Whether a file is a PDF, by its first bytes (its name or type may say otherwise). */
async function isPdf(file: Blob): Promise<boolean> {
  const head = new TextDecoder('latin1').decode(await file.slice(0, 1024).arrayBuffer());
  return head.includes('%PDF-');
}

/**
 * The letter reader: a photo, scan, PDF page or webcam picture of a Dutch
 * letter is read on this computer (OCR in a worker), recognised
 * (core/letters/recognize) and explained, with its dates offered for the
 * timeline. The picture and the text live in this component's memory only and
 * are gone when it closes. pdf.js is loaded only when a PDF is opened.
 */
export default function ReaderPage() {
  const { t } = useTranslation(NS);
  const { info } = useApp();
  const kiosk = info.mode === 'kiosk';
  const engine = useRef<OcrEngine | null>(null);
  const attempt = useRef(0);
  /** The open PDF, until its page is drawn (closed then, or when the person stops, picks another file or leaves). */
  const openPdf = useRef<PdfFile | null>(null);
  /** Stops a PDF that is still being opened (its worker is ended, also when it is stuck in the file). */
  const openingPdf = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });

  /** Starts the OCR; when it does not start in time, says so (unless a reading is under way: it says so itself). */
  const warmUp = useCallback((e: OcrEngine) => {
    e.start().catch((err: unknown) => {
      if (err instanceof OcrStartTimeout && engine.current === e) setPhase((p) => (p.kind === 'choose' ? { kind: 'stalled' } : p));
    });
  }, []);

  const closePdf = useCallback(() => {
    openingPdf.current?.abort();
    openingPdf.current = null;
    openPdf.current?.close();
    openPdf.current = null;
  }, []);

  // The OCR loads when the reader opens (never before), and ends when it closes.
  useEffect(() => {
    const e = new OcrEngine();
    const attempts = attempt;
    engine.current = e;
    warmUp(e);
    return () => {
      // A reading still under way is forgotten: its result never shows.
      attempts.current++;
      e.stop();
      engine.current = null;
      closePdf();
    };
  }, [warmUp, closePdf]);

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
    } catch (err) {
      done?.();
      if (id === attempt.current) setPhase(err instanceof OcrStartTimeout ? { kind: 'stalled' } : { kind: 'choose', notice: 'failed' });
    } finally {
      // The picture is dropped as soon as it is read.
      if (prepared) prepared.width = 0;
    }
  }, []);

  /** Draws one page of an open PDF and reads it; the PDF is closed once the page is drawn. */
  const readPdfPage = useCallback(
    async (pdf: PdfFile, page: number) => {
      const id = ++attempt.current;
      setPhase({ kind: 'reading', stage: 'opening', progress: 0 });
      let canvas: HTMLCanvasElement;
      try {
        canvas = await pdf.render(page);
      } catch {
        if (id === attempt.current) setPhase({ kind: 'choose', notice: 'badFile' });
        return;
      } finally {
        pdf.close();
        if (openPdf.current === pdf) openPdf.current = null;
      }
      if (id !== attempt.current) {
        canvas.width = 0;
        return;
      }
      await read(canvas, canvas.width, canvas.height, () => {
        canvas.width = 0;
      });
    },
    [read],
  );

  const readPdf = useCallback(
    async (file: Blob) => {
      const id = ++attempt.current;
      setPhase({ kind: 'reading', stage: 'opening', progress: 0 });
      let pdf: PdfFile;
      closePdf();
      const opening = new AbortController();
      openingPdf.current = opening;
      try {
        // pdf.js and its worker are loaded now, not before.
        const { openPdf: open } = await import('./pdf');
        pdf = await open(await file.arrayBuffer(), opening.signal);
      } catch {
        if (id === attempt.current) setPhase({ kind: 'choose', notice: 'badFile' });
        return;
      } finally {
        if (openingPdf.current === opening) openingPdf.current = null;
      }
      if (id !== attempt.current) return pdf.close();
      // Held here until its page is drawn, so that stopping or leaving closes it too.
      closePdf();
      openPdf.current = pdf;
      if (pdf.pages === 1) return readPdfPage(pdf, 1);
      setPhase({ kind: 'pages', pages: pdf.pages });
    },
    [readPdfPage, closePdf],
  );

  const readFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        if (await isPdf(file)) return await readPdf(file);
        const image = await decodeFile(file);
        await read(image.source, image.width, image.height, () => image.close());
      } catch {
        setPhase({ kind: 'choose', notice: 'badFile' });
      }
    },
    [read, readPdf],
  );

  function cancel() {
    attempt.current++;
    closePdf();
    engine.current?.stop();
    if (engine.current) warmUp(engine.current);
    setPhase({ kind: 'choose', notice: 'cancelled' });
  }

  function retry() {
    const e = engine.current;
    if (!e) return;
    e.stop();
    warmUp(e);
    setPhase({ kind: 'choose' });
  }

  function choosePage(page: number | null) {
    const pdf = openPdf.current;
    if (page === null || !pdf) {
      closePdf();
      setPhase({ kind: 'choose' });
      return;
    }
    void readPdfPage(pdf, page);
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
      ) : phase.kind === 'stalled' ? (
        <Stalled onRetry={retry} />
      ) : phase.kind === 'pages' ? (
        <PagePicker pages={phase.pages} onChoose={choosePage} />
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
        accept="image/png,image/jpeg,image/webp,image/bmp,image/gif,application/pdf,.pdf"
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

function Stalled({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation(NS);
  const uid = useId();
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => retryRef.current?.focus(), []);
  return (
    <section className="card reader__stalled" aria-labelledby={`${uid}-t`} data-reader-stalled>
      <p id={`${uid}-t`} className="field-error" role="alert">
        <Icon name="warning" /> <span>{t('stalled.text')}</span>
      </p>
      <p className="reader__actions">
        <button ref={retryRef} type="button" className="button button--primary" onClick={onRetry}>
          <Icon name="repeat" /> <span>{t('stalled.retry')}</span>
        </button>
      </p>
      <p>{t('stalled.gallery')}</p>
      <p>
        <Link href="/" className="button">
          <Icon name="letter" /> <span>{t(`${UI}:letters.allLetters`)}</span>
        </Link>
      </p>
    </section>
  );
}

/** A PDF of several pages: which page to read (the first by default). Radio buttons, by keyboard too. */
function PagePicker({ pages, onChoose }: { pages: number; onChoose: (page: number | null) => void }) {
  const { t } = useTranslation(NS);
  const uid = useId();
  const [page, setPage] = useState(1);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card reader__pages" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} ref={headingRef} tabIndex={-1}>
        <Icon name="letter" /> {t('pdf.heading')}
      </h2>
      <p id={`${uid}-d`}>{t('pdf.explain', { pages })}</p>
      <fieldset className="reader__page-list" aria-labelledby={`${uid}-h`} aria-describedby={`${uid}-d`}>
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <label key={n} className="reader__page">
            <input type="radio" name={`${uid}-page`} value={n} checked={page === n} onChange={() => setPage(n)} />
            <span>{t('pdf.page', { page: n })}</span>
          </label>
        ))}
      </fieldset>
      <p className="reader__actions">
        <button type="button" className="button button--primary" onClick={() => onChoose(page)}>
          <Icon name="search" /> <span>{t('pdf.read', { page })}</span>
        </button>
        <button type="button" className="button" onClick={() => onChoose(null)}>
          <Icon name="close" /> <span>{t('pdf.other')}</span>
        </button>
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
      {stage === 'opening' ? (
        // Drawing a PDF page has no steps to count: a bar that says "busy".
        <progress aria-labelledby={`${uid}-l`} className="reader__bar" />
      ) : (
        <progress max={100} value={percent} aria-labelledby={`${uid}-l`} className="reader__bar">
          {percent} %
        </progress>
      )}
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
