import { useId, type ReactNode } from 'react';
import { Icon } from './Icon';

/** A situation chooser (rights, work): big radio cards with an icon, one per situation. */
export function SituationChoice<T extends string>({
  legend,
  options,
  value,
  onChange,
  icons,
  label,
}: {
  legend: ReactNode;
  options: readonly T[];
  value: T | null;
  onChange(value: T): void;
  icons: Record<T, string>;
  label(value: T): string;
}) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend className="choices__legend">{legend}</legend>
      <div className="choices__grid">
        {options.map((s) => (
          <label key={s} className="box choice">
            <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
            <Icon name={icons[s]} size={28} />
            <span>{label(s)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
