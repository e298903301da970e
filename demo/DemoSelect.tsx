import { useId } from 'react';

export interface DemoSelectOption<T extends string> {
  value: T;
  label: string;
  /** The option's own language, when it names a language in that language. */
  lang?: string;
}

export interface DemoSelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly DemoSelectOption<T>[];
  onChange: (value: T) => void;
}

/** A labelled select of the shell's header. */
export function DemoSelect<T extends string>({ label, value, options, onChange }: DemoSelectProps<T>) {
  const id = useId();
  return (
    <div className="demo-select">
      <label className="demo-select__label" htmlFor={id}>
        {label}
      </label>
      <select
        className="demo-select__control"
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
