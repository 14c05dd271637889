import { useId, type ReactNode, type Ref } from 'react';

/**
 * The search field of the glossary, the letters and the search: a labelled search box with its hint,
 * answered while typing, and the live count of what it finds below it.
 */
export function FinderField({ label, hint, value, onChange, count, lang, wide, controls, inputRef }: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  /** What was found, said in the status line (read out by screen readers as it changes). */
  count: ReactNode;
  /** The language of what is typed, where it is not the page's (the letters: Dutch words). */
  lang?: string;
  wide?: boolean;
  /** The id of the list the field filters. */
  controls?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const uid = useId();
  return (
    <>
      <div className="field finder" role="search">
        <label htmlFor={`${uid}-q`} className="field__label">
          {label}
        </label>
        <p id={`${uid}-hint`} className="field__hint">
          {hint}
        </p>
        <input
          ref={inputRef}
          id={`${uid}-q`}
          type="search"
          dir="auto"
          className={wide ? 'input finder__input finder__input--wide' : 'input finder__input'}
          lang={lang}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${uid}-hint`}
          aria-controls={controls}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <p className="finder__count" role="status">
        {count}
      </p>
    </>
  );
}
