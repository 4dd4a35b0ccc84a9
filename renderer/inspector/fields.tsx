// Form controls of the inspector. Text-like values are written to the document as typed (an
// invalid CIDR stays in the design and is flagged, never dropped or rewritten); numbers keep an
// invalid draft in the field, flagged, until it parses.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { parseCidr, parseIpAddress } from '../../shared/net/cidr';

interface FieldShellProps {
  label: string;
  error?: string | null;
  hint?: string;
  children: (id: string) => ReactNode;
  testId: string;
}

function FieldShell({ label, error, hint, children, testId }: FieldShellProps) {
  const id = useId();
  return (
    <div className={`htd-field${error ? ' has-error' : ''}`} data-testid={`field-${testId}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {error ? (
        <div className="htd-field-error" role="alert" data-testid={`error-${testId}`}>
          {error}
        </div>
      ) : hint ? (
        <div className="htd-field-hint">{hint}</div>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  validate?(value: string): string | null;
}

export function TextField({ label, value, onChange, testId, multiline, placeholder, hint, validate }: TextFieldProps) {
  const error = validate && value !== '' ? validate(value) : null;
  return (
    <FieldShell label={label} error={error} hint={hint} testId={testId}>
      {(id) =>
        multiline ? (
          <textarea id={id} value={value} placeholder={placeholder} rows={3} onChange={(e) => onChange(e.target.value)} data-testid={`input-${testId}`} />
        ) : (
          <input id={id} type="text" value={value} placeholder={placeholder} spellCheck={false} aria-invalid={!!error} onChange={(e) => onChange(e.target.value)} data-testid={`input-${testId}`} />
        )
      }
    </FieldShell>
  );
}

export const validateCidr = (value: string): string | null => {
  const result = parseCidr(value);
  return result.ok ? null : result.reason;
};

export const validateIp = (value: string): string | null => {
  const result = parseIpAddress(value);
  return result.ok ? null : result.reason;
};

interface NumberFieldProps {
  label: string;
  value: number | null;
  onCommit(value: number | null): void;
  testId: string;
  min?: number;
  max?: number;
  integer?: boolean;
  optional?: boolean;
  hint?: string;
  unit?: string;
}

export function NumberField({ label, value, onCommit, testId, min, max, integer, optional, hint, unit }: NumberFieldProps) {
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [focused, setFocused] = useState(false);
  // Follow the document (undo, another selection) unless the user is typing here.
  useEffect(() => {
    if (!focused) setDraft(value === null ? '' : String(value));
  }, [value, focused]);

  const problem = (text: string): string | null => {
    if (text.trim() === '') return optional ? null : `${label} is required.`;
    const n = Number(text);
    if (!Number.isFinite(n)) return `"${text}" is not a number.`;
    if (integer && !Number.isInteger(n)) return `${label} must be a whole number.`;
    if (min !== undefined && n < min) return `${label} must be at least ${min}.`;
    if (max !== undefined && n > max) return `${label} must be at most ${max}.`;
    return null;
  };
  const error = problem(draft);

  return (
    <FieldShell label={unit ? `${label} (${unit})` : label} error={error} hint={hint} testId={testId}>
      {(id) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft}
          aria-invalid={!!error}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            setDraft(e.target.value);
            if (problem(e.target.value) === null) onCommit(e.target.value.trim() === '' ? null : Number(e.target.value));
          }}
          data-testid={`input-${testId}`}
        />
      )}
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  group?: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  testId: string;
  hint?: string;
  error?: string | null;
}

export function SelectField({ label, value, options, onChange, testId, hint, error }: SelectFieldProps) {
  const known = options.some((o) => o.value === value);
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (opts: readonly SelectOption[]) =>
    opts.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldShell label={label} hint={hint} error={error} testId={testId}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={`input-${testId}`}>
          {!known && <option value={value}>{value === '' ? '— choose —' : `${value} (unknown)`}</option>}
          {groups.length <= 1
            ? render(options)
            : groups.map((g) => (
                <optgroup key={g} label={g}>
                  {render(options.filter((o) => (o.group ?? '') === g))}
                </optgroup>
              ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckField({ label, checked, onChange, testId, hint }: { label: string; checked: boolean; onChange(v: boolean): void; testId: string; hint?: string }) {
  return (
    <div className="htd-field htd-check" data-testid={`field-${testId}`}>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={`input-${testId}`} />
        {label}
      </label>
      {hint && <div className="htd-field-hint">{hint}</div>}
    </div>
  );
}

interface MultiCheckProps<T extends string> {
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  values: readonly T[];
  onChange(values: T[]): void;
  testId: string;
}

export function MultiCheckField<T extends string>({ label, options, values, onChange, testId }: MultiCheckProps<T>) {
  return (
    <fieldset className="htd-field htd-multicheck" data-testid={`field-${testId}`}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={values.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
            data-testid={`input-${testId}-${o.value}`}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function SecretField({ label, value, onChange, testId, hint }: { label: string; value: string; onChange(v: string): void; testId: string; hint?: string }) {
  const [revealed, setRevealed] = useState(false);
  return (
    <FieldShell label={label} hint={hint} testId={testId}>
      {(id) => (
        <div className="htd-secret">
          <input id={id} type={revealed ? 'text' : 'password'} value={value} autoComplete="off" spellCheck={false} onChange={(e) => onChange(e.target.value)} data-testid={`input-${testId}`} />
          <button type="button" onClick={() => setRevealed(!revealed)} aria-pressed={revealed} data-testid={`reveal-${testId}`}>
            {revealed ? 'Hide' : 'Reveal'}
          </button>
        </div>
      )}
    </FieldShell>
  );
}

interface CidrListProps {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  testId: string;
  hint?: string;
}

/** A list of address ranges, one input each, every entry checked as it is typed. */
export function CidrListField({ label, values, onChange, testId, hint }: CidrListProps) {
  return (
    <fieldset className="htd-field htd-cidr-list" data-testid={`field-${testId}`}>
      <legend>{label}</legend>
      {values.map((v, i) => {
        const error = validateCidr(v);
        return (
          <div key={i} className={`htd-cidr-row${error ? ' has-error' : ''}`}>
            <div className="htd-cidr-input">
              <input
                type="text"
                value={v}
                spellCheck={false}
                aria-label={`${label} ${i + 1}`}
                aria-invalid={!!error}
                onChange={(e) => onChange(values.map((x, j) => (j === i ? e.target.value : x)))}
                data-testid={`input-${testId}-${i}`}
              />
              <button type="button" aria-label={`Remove ${v || 'range'}`} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
            {error && (
              <div className="htd-field-error" role="alert" data-testid={`error-${testId}-${i}`}>
                {error}
              </div>
            )}
          </div>
        );
      })}
      <button type="button" className="htd-link-button" onClick={() => onChange([...values, ''])} data-testid={`add-${testId}`}>
        + Add range
      </button>
      {hint && <div className="htd-field-hint">{hint}</div>}
    </fieldset>
  );
}
