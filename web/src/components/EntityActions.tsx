/*
 * What the analyst can ask from Details about one entity or allegation: its contested claims, the
 * paths to another entity ("Find path to…"), and whether it is the same as another entity
 * ("Same as…": merge) or one of its aliases names someone else ("Split an alias…"). Each opens a
 * small form; the work is done by the callbacks (useAnalyst).
 */
import { useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '#model/graph-model.ts';
import type { DecisionInput } from '#model/decisions.ts';
import { EntityPicker } from '../queries/EntityPicker.tsx';
import { decisionMaker } from '../hooks/decisionMaker.ts';

export interface EntityActionsProps {
  entityKey: string;
  name: string;
  kind: string;
  aliases: string[];
  busy: boolean;
  onClaims(key: string): void;
  onFindPath(from: string, to: string): void;
  onDecide(input: DecisionInput): Promise<boolean>;
}

type Open = 'path' | 'merge' | 'split' | null;

export function EntityActions(props: EntityActionsProps) {
  const { entityKey, name, kind, aliases, busy } = props;
  const [open, setOpen] = useState<Open>(null);
  const [other, setOther] = useState('');
  const [alias, setAlias] = useState(aliases[0] ?? '');
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<EntityType>(
    (ENTITY_TYPES as readonly string[]).includes(kind) ? (kind as EntityType) : 'Person',
  );
  const isEntity = (ENTITY_TYPES as readonly string[]).includes(kind);
  const toggle = (which: Open) => {
    setOpen((o) => (o === which ? null : which));
    setOther('');
  };
  const decide = async (input: DecisionInput) => {
    if (await props.onDecide({ ...input, by: decisionMaker() })) setOpen(null);
  };

  return (
    <div className="entity-actions">
      <div className="actions">
        {(isEntity || kind === 'Allegation') && (
          <button type="button" onClick={() => props.onClaims(entityKey)}>
            Contested claims
          </button>
        )}
        {isEntity && (
          <>
            <button type="button" aria-expanded={open === 'path'} onClick={() => toggle('path')}>
              Find path to…
            </button>
            <button type="button" aria-expanded={open === 'merge'} onClick={() => toggle('merge')}>
              Same as…
            </button>
            {aliases.length > 0 && (
              <button type="button" aria-expanded={open === 'split'} onClick={() => toggle('split')}>
                Split an alias…
              </button>
            )}
          </>
        )}
      </div>
      {open === 'path' && (
        <form
          className="inline-form"
          aria-label="Find path"
          onSubmit={(e) => {
            e.preventDefault();
            if (other) props.onFindPath(entityKey, other);
          }}
        >
          <label>
            From {name} to
            <EntityPicker label="Path to" value={other} onChange={setOther} exclude={entityKey} />
          </label>
          <button type="submit" disabled={busy || other === ''}>
            Find paths
          </button>
        </form>
      )}
      {open === 'merge' && (
        <form className="inline-form" aria-label="Same entity" onSubmit={(e) => e.preventDefault()}>
          <label>
            {name} is the same as
            <EntityPicker label="Same as" value={other} onChange={setOther} exclude={entityKey} />
          </label>
          <p className="muted">Kept as a rule the loader applies on every load; undo it from Decisions.</p>
          <div className="actions">
            <button
              type="button"
              disabled={busy || other === ''}
              onClick={() => void decide({ action: 'merge', from: other, into: entityKey })}
            >
              Merge it into {name}
            </button>
            <button
              type="button"
              disabled={busy || other === ''}
              onClick={() => void decide({ action: 'merge', from: entityKey, into: other })}
            >
              Merge {name} into it
            </button>
          </div>
        </form>
      )}
      {open === 'split' && (
        <form
          className="inline-form"
          aria-label="Split an alias"
          onSubmit={(e) => {
            e.preventDefault();
            void decide({ action: 'split', entity: entityKey, alias, name: newName.trim() || alias, type: newType });
          }}
        >
          <label>
            The alias{' '}
            <select aria-label="Alias" value={alias} onChange={(e) => setAlias(e.target.value)}>
              {aliases.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>{' '}
            names someone else:
          </label>
          <label>
            Name{' '}
            <input
              aria-label="New entity name"
              value={newName}
              placeholder={alias}
              onChange={(e) => setNewName(e.target.value)}
            />
          </label>
          <label>
            Type{' '}
            <select
              aria-label="New entity type"
              value={newType}
              onChange={(e) => setNewType(e.target.value as EntityType)}
            >
              {ENTITY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy || alias === ''}>
            Split off
          </button>
        </form>
      )}
    </div>
  );
}
