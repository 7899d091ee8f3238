/*
 * The form of one library or saved query, generated from its header's parameters: entities picked
 * by name, numbers bounded by the header's ranges, each field's problem shown beside it (the query
 * cannot run until none is left), and the server's error beside the Run button.
 */
import { useState } from 'react';
import type { QueryDefinition, QueryParam } from '#model/saved-queries/types.ts';
import { EntityPicker } from './EntityPicker.tsx';
import { rangeText } from '#model/saved-queries/params.ts';
import { initialValues, paramProblem, valuesToSend, type FormValues } from './utils.ts';

function ParamInput({
  param,
  value,
  onChange,
}: {
  param: QueryParam;
  value: string | boolean;
  onChange(value: string | boolean): void;
}) {
  const label = `${param.name}${param.optional ? '' : ' (required)'}`;
  switch (param.type) {
    case 'entity':
      return <EntityPicker label={param.name} value={String(value)} onChange={onChange} />;
    case 'boolean':
      return (
        <input
          type="checkbox"
          aria-label={param.name}
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'integer':
      return (
        <input
          type="number"
          step={1}
          min={param.min}
          max={param.max}
          aria-label={param.name}
          title={label}
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'float':
      return (
        <input
          type="number"
          step="any"
          min={param.min}
          max={param.max}
          aria-label={param.name}
          title={label}
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'date':
      return (
        <input
          type="date"
          aria-label={param.name}
          title={label}
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <input
          type="text"
          aria-label={param.name}
          title={label}
          value={String(value)}
          placeholder={param.type === 'list' ? 'a, b, c' : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

export interface QueryFormProps {
  query: QueryDefinition;
  running: boolean;
  /** The server's answer to the last run, when it failed. */
  error?: string | null;
  onRun(params: Record<string, unknown>, mode: 'add' | 'replace'): void;
  onEdit?(): void;
  onDelete?(): void;
}

export function QueryForm({ query, running, error, onRun, onEdit, onDelete }: QueryFormProps) {
  const [values, setValues] = useState<FormValues>(() => initialValues(query.params));
  const [mode, setMode] = useState<'add' | 'replace'>('replace');
  const problems = Object.fromEntries(query.params.map((p) => [p.name, paramProblem(p, values[p.name] ?? '')]));
  const blocked = Object.values(problems).some((p) => p !== null);

  return (
    <form
      className="query-form"
      aria-label={`${query.title} parameters`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!blocked) onRun(valuesToSend(values), mode);
      }}
    >
      <h3>{query.title}</h3>
      {query.description && <p className="muted">{query.description}</p>}
      {query.params.map((p) => (
        <div className="query-param" key={p.name}>
          <label className="query-param-name">
            {p.name}{' '}
            <span className="muted">
              {p.type}
              {rangeText(p) ? `, ${rangeText(p)}` : ''}
              {p.optional ? '' : ', required'}
            </span>
          </label>
          <ParamInput
            param={p}
            value={values[p.name] ?? ''}
            onChange={(v) => setValues((old) => ({ ...old, [p.name]: v }))}
          />
          {problems[p.name] && (
            <small className="error-text" role="alert">
              {problems[p.name]}
            </small>
          )}
          {p.description && <small className="muted">{p.description}</small>}
        </div>
      ))}
      {query.result === 'graph' && (
        <fieldset className="query-mode">
          <legend>Graph results</legend>
          <label>
            <input
              type="radio"
              name={`mode-${query.name}`}
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            Replace view
          </label>
          <label>
            <input type="radio" name={`mode-${query.name}`} checked={mode === 'add'} onChange={() => setMode('add')} />{' '}
            Add to view
          </label>
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" disabled={running || blocked}>
          {running ? 'Running…' : 'Run'}
        </button>
        {onEdit && (
          <button type="button" onClick={onEdit}>
            Edit
          </button>
        )}
        {onDelete && (
          <button type="button" onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <details>
        <summary>Cypher</summary>
        <pre className="query-cypher">{query.cypher}</pre>
      </details>
    </form>
  );
}
