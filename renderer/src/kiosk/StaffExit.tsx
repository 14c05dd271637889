import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

const TAPS = 5;
const TAP_WINDOW_MS = 3000;
const CORNER_PX = 60;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Ctrl+Alt+Shift+E, or five taps within three seconds in the top-right corner of the screen. */
function useStaffGesture(onOpen: () => void): void {
  useEffect(() => {
    let taps: number[] = [];
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && e.shiftKey && e.key.toLowerCase() === 'e') onOpen();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.clientX < window.innerWidth - CORNER_PX || e.clientY > CORNER_PX) {
        taps = [];
        return;
      }
      const now = e.timeStamp;
      taps = [...taps.filter((t) => now - t < TAP_WINDOW_MS), now];
      if (taps.length >= TAPS) {
        taps = [];
        onOpen();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer, { capture: true });
    };
  }, [onOpen]);
}

/**
 * Kiosk only, when the terminal has an exit code: the staff exit. Hidden
 * behind a gesture, then a PIN pad. Main checks the code (it keeps only a
 * hash) and locks the exit for a growing time after repeated wrong codes.
 */
export function StaffExit() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<'wrong' | 'locked' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useStaffGesture(useCallback(() => setOpen(true), []));

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  if (!open) return null;
  const close = () => {
    setOpen(false);
    setCode('');
    setMessage(null);
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const typed = code;
    setCode('');
    const result = await api.kioskExit({ code: typed }).catch(() => ({ outcome: 'wrong' as const, retryAfterSeconds: 0 }));
    if (result.outcome === 'closing') return;
    setMessage(result.outcome === 'locked' || result.retryAfterSeconds > 0 ? 'locked' : 'wrong');
  }

  return (
    <div className="overlay" role="presentation">
      <form className="idle-dialog staff-exit" role="dialog" aria-modal="true" aria-labelledby="staff-exit-h" onSubmit={(e) => void submit(e)}>
        <h2 id="staff-exit-h">{t('kiosk.staffExitTitle')}</h2>
        <label htmlFor="staff-exit-code">{t('kiosk.staffExitCode')}</label>
        <input
          ref={inputRef}
          id="staff-exit-code"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 12))}
        />
        <div className="staff-exit__pad" dir="ltr">
          {DIGITS.map((d) => (
            <button key={d} type="button" className="button" onClick={() => setCode((c) => (c + d).slice(0, 12))}>
              {d}
            </button>
          ))}
          <button type="button" className="button" aria-label={t('kiosk.staffExitBackspace')} onClick={() => setCode((c) => c.slice(0, -1))}>
            ⌫
          </button>
        </div>
        {message && (
          <p role="alert" className="staff-exit__message">
            {t(message === 'locked' ? 'kiosk.staffExitLocked' : 'kiosk.staffExitWrong')}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={code.length < 6}>
          {t('kiosk.staffExitSubmit')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('kiosk.staffExitCancel')}
        </button>
      </form>
    </div>
  );
}
