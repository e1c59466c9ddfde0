/** A labelled checkbox, its label after the box. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label className="check-field">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

type NumberFieldProps = {
  label: string;
  value: string;
  min: number;
  max: number;
  step: number | "any";
  invalid: boolean;
  onChange(text: string): void;
  onBlur?(): void;
};

/** A small labelled number box, marked while what it holds cannot be used. */
export function NumberField({
  label,
  value,
  min,
  max,
  step,
  invalid,
  onChange,
  onBlur,
}: NumberFieldProps) {
  return (
    <label className="number-field">
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </label>
  );
}
