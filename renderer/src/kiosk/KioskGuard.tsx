import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/AppContext';
import { IdleTimer } from './idleTimer';
import { StaffExit } from './StaffExit';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Kiosk only: watches for inactivity and, after a friendly countdown,
 * wipes everything and returns to the language picker.
 */
export function KioskGuard() {
  const { t } = useTranslation();
  const { info, wipeSession } = useApp();
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timerRef = useRef<IdleTimer | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const kiosk = info.kiosk;

  useEffect(() => {
    if (!kiosk) return;
    const timer = new IdleTimer({
      idleMs: kiosk.idleSeconds * 1000,
      countdownSeconds: kiosk.countdownSeconds,
      onWarn: (s) => setSecondsLeft(s),
      onTick: (s) => setSecondsLeft(s),
      onExpire: () => {
        setSecondsLeft(null);
        void wipeSession();
      },
    });
    timerRef.current = timer;
    const onActivity = () => timer.activity();
    for (const e of ACTIVITY) window.addEventListener(e, onActivity, { passive: true, capture: true });
    timer.start();
    return () => {
      timer.stop();
      for (const e of ACTIVITY) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, [kiosk, wipeSession]);

  const warning = secondsLeft !== null;
  useEffect(() => {
    if (warning) buttonRef.current?.focus();
  }, [warning]);

  if (!kiosk) return null;
  if (secondsLeft === null) return kiosk.hasAdminExit ? <StaffExit /> : null;
  return (
    <div className="overlay" role="presentation">
      <div className="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-count">
        <h2 id="idle-title">{t('kiosk.stillHereTitle')}</h2>
        <p id="idle-count" className="idle-dialog__count" aria-live="assertive" aria-atomic="true">
          {t('kiosk.countdown', { count: secondsLeft })}
        </p>
        <button
          ref={buttonRef}
          type="button"
          className="button button--primary button--huge"
          onClick={() => {
            setSecondsLeft(null);
            timerRef.current?.stillHere();
          }}
        >
          {t('kiosk.stillHereButton')}
        </button>
        <button type="button" className="button button--huge" onClick={() => void wipeSession()}>
          {t('kiosk.finish')}
        </button>
      </div>
    </div>
  );
}
