"use client";
// DSFR field adapters for react-hook-form: a label, an optional hint, the error under the field
// (announced to screen readers through aria-describedby), and nothing else.
import { useId, type ReactNode } from "react";
import { get, useFormContext } from "react-hook-form";

type Common = { name: string; label: ReactNode; hint?: ReactNode; className?: string; warning?: string };

function useFieldState(name: string) {
  const { register, formState } = useFormContext();
  const error = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  return { register, error };
}

function FieldLabel({ id, label, hint }: { id: string; label: ReactNode; hint?: ReactNode }) {
  return (
    <label className="fr-label" htmlFor={id}>
      {label}
      {hint && (
        <>
          {" "}
          <span className="fr-hint-text">{hint}</span>
        </>
      )}
    </label>
  );
}

function Messages({ id, error, warning }: { id: string; error?: string; warning?: string }) {
  return (
    <div id={id} aria-live="polite">
      {error && <p className="fr-error-text">{error}</p>}
      {!error && warning && <p className="fr-info-text">{warning}</p>}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  className,
  warning,
  type = "text",
  inputMode,
  placeholder,
}: Common & { type?: string; inputMode?: "decimal" | "numeric"; placeholder?: string }) {
  const id = useId();
  const { register, error } = useFieldState(name);
  return (
    <div className={`fr-input-group ${error ? "fr-input-group--error" : ""} ${className ?? ""}`}>
      <FieldLabel id={id} label={label} hint={hint} />
      <input
        id={id}
        className={`fr-input ${error ? "fr-input--error" : ""}`}
        type={type}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-messages`}
        {...register(name)}
      />
      <Messages id={`${id}-messages`} error={error} warning={warning} />
    </div>
  );
}

export function TextArea({ name, label, hint, className, rows = 4, warning }: Common & { rows?: number }) {
  const id = useId();
  const { register, error } = useFieldState(name);
  return (
    <div className={`fr-input-group ${error ? "fr-input-group--error" : ""} ${className ?? ""}`}>
      <FieldLabel id={id} label={label} hint={hint} />
      <textarea
        id={id}
        className={`fr-input ${error ? "fr-input--error" : ""}`}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-messages`}
        {...register(name)}
      />
      <Messages id={`${id}-messages`} error={error} warning={warning} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  className,
  options,
  placeholder,
}: Common & { options: { value: string; label: string }[]; placeholder?: string }) {
  const id = useId();
  const { register, error } = useFieldState(name);
  return (
    <div className={`fr-select-group ${error ? "fr-select-group--error" : ""} ${className ?? ""}`}>
      <FieldLabel id={id} label={label} hint={hint} />
      <select
        id={id}
        className={`fr-select ${error ? "fr-select--error" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-messages`}
        {...register(name)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={`${id}-messages`} error={error} />
    </div>
  );
}

export function RadioGroup({ name, legend, options }: { name: string; legend: string; options: { value: string; label: string }[] }) {
  const { register, error } = useFieldState(name);
  const id = useId();
  return (
    <fieldset className={`fr-fieldset ${error ? "fr-fieldset--error" : ""}`} aria-labelledby={`${id}-legend`}>
      <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id={`${id}-legend`}>
        {legend}
      </legend>
      {options.map((o) => (
        <div key={o.value} className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-radio-group">
            <input type="radio" id={`${id}-${o.value}`} value={o.value} {...register(name)} />
            <label className="fr-label" htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** The error attached to an array itself (e.g. "parties"), shown above its items. */
export function ArrayError({ name }: { name: string }) {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return message ? (
    <p className="fr-error-text" role="alert">
      {message}
    </p>
  ) : null;
}

/** Several choices of one field, as checkboxes (its value: the array of the values ticked). */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  inline = false,
  hauteurMax,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  inline?: boolean;
  /** A long list scrolls within this height (CSS length). */
  hauteurMax?: string;
}) {
  const { register, error } = useFieldState(name);
  const id = useId();
  return (
    <fieldset
      className={`fr-fieldset ${error ? "fr-fieldset--error" : ""}`}
      aria-labelledby={`${id}-legend`}
      aria-describedby={error ? `${id}-erreur` : undefined}
    >
      <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id={`${id}-legend`}>
        {legend}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </legend>
      <div style={hauteurMax ? { maxHeight: hauteurMax, overflowY: "auto", width: "100%" } : { width: "100%" }}>
        {options.map((o) => (
          <div key={o.value} className={`fr-fieldset__element ${inline ? "fr-fieldset__element--inline" : ""}`}>
            <div className="fr-checkbox-group">
              <input type="checkbox" id={`${id}-${o.value}`} value={o.value} {...register(name)} />
              <label className="fr-label" htmlFor={`${id}-${o.value}`}>
                {o.label}
              </label>
            </div>
          </div>
        ))}
      </div>
      {error && (
        <div className="fr-messages-group" id={`${id}-erreur`} aria-live="polite">
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      )}
    </fieldset>
  );
}
