import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ISODate } from '@core/domain/dates';
import { isLanguageCode } from '@core/i18n/languages';
import type { Timeline } from '@core/timeline';
import { Tx, usePlainText } from '../../components/Text';
import { MISSING_MARKER } from '../../i18n';
import { buildQrText, type QrLanguage } from './qrText';
import { useFixedT } from './useFixedT';

type State = { text: string; src: string } | 'failed' | null;

/**
 * "Take it with you": a QR code that holds the timeline as plain text, in the
 * person's language and in Dutch. The code is drawn as SVG into an <img>
 * data: URL (the CSP allows images from data:, nothing inline).
 */
export function QrPanel({ id, timeline, today }: { id: string; timeline: Timeline; today: ISODate }) {
  const { t, i18n } = useTranslation('timeline');
  const nl = useFixedT('nl');
  const en = useFixedT('en');
  const [state, setState] = useState<State>(null);
  const lng = i18n.language;
  // The person's block gives their word with the Dutch beside it; the Dutch block keeps the Dutch alone.
  const ownPlain = usePlainText(lng);

  const text = useMemo(() => {
    const own = i18n.getFixedT(lng, 'timeline');
    // A language whose texts are not translated yet would give English marked "[EN]": use plain English instead.
    const ownReady = isLanguageCode(lng) && !String(own('ui.qr.heading')).startsWith(MISSING_MARKER.trim());
    const first: QrLanguage = ownReady
      ? { lng, t: (k, o) => String(own(k, o ?? {})), plain: ownPlain }
      : { lng: 'en', t: (k, o) => String(en(k, o ?? {})) };
    const dutch: QrLanguage = { lng: 'nl', t: (k, o) => String(nl(k, o ?? {})) };
    return buildQrText(timeline, [first, dutch], today);
  }, [nl, en, i18n, lng, timeline, today, ownPlain]);

  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 4 }))
      .then((svg) => {
        if (live) setState({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (live) setState('failed');
      });
    return () => {
      live = false;
    };
  }, [text]);

  return (
    <section id={id} className="qr-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('ui.qr.title')}</h3>
      <Tx ns="timeline" k="ui.qr.help" />
      {state === 'failed' && <p className="field-error">{t('ui.qr.failed')}</p>}
      {state && state !== 'failed' && (
        <>
          <img className="qr-panel__code" src={state.src} alt={t('ui.qr.alt')} />
          <details className="qr-panel__details">
            <summary>{t('ui.qr.contents')}</summary>
            <pre className="qr-panel__text" dir="auto">
              {state.text}
            </pre>
          </details>
        </>
      )}
    </section>
  );
}
