import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { SearchBox } from '../../components/SearchBox';
import { byName } from '../../components/ScopeYear';
import { ApiError, request } from '../../lib/graphql-client';
import { STAGES, STATUSES, humanize, quantity } from '../../lib/format';
import type { Lookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import {
  CAPACITY_MEASURES,
  MATERIAL_OF_MEASURE,
  MEASURE_LABEL,
  PARAMETER_KINDS,
  PARAMETER_METALS,
  UNIT_OF_KIND,
} from '../../lib/recycling-terms';
import {
  FACILITY_TYPES,
  addedId,
  emptyCapacity,
  emptyDraft,
  errorsAt,
  fieldPath,
  scenarioInput,
  slug,
  toDraft,
  withMeasure,
  withType,
  type CapacityDraft,
  type Draft,
  type ScenarioDraft,
} from './draft';
import { readEditorToken, writeEditorToken } from './editor-token';
import { CreateScenarioDocument, DeleteScenarioDocument, UpdateScenarioDocument } from './mutations';
import { overrideText, readOverride, readOverrides } from './overrides';
import { OverrideFacilityDocument } from './queries';
import type { StoredScenario } from './use-scenarios';

interface FieldError {
  path: string;
  value?: string | null;
  message: string;
}

/** A labelled input with the errors whose path names it shown right beside it. */
function Field({
  label,
  errors,
  children,
}: {
  label: string;
  errors: readonly FieldError[];
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  return (
    <div className="input">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {children({ id, 'aria-invalid': invalid, ...(invalid ? { 'aria-describedby': errorId } : {}) })}
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {errors.map((e) => e.message).join(' ')}
        </span>
      )}
    </div>
  );
}

/** Options of a select: the value and its label. */
function Options({ items, empty }: { items: readonly { id: string; name: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {i.name}
        </option>
      ))}
    </>
  );
}

const enumItems = (values: readonly string[]) => values.map((v) => ({ id: v, name: humanize(v) }));

interface InputFieldProps {
  label: string;
  errors: readonly FieldError[];
  value: string;
  onChange: (value: string) => void;
}

/** A select in a Field: one of `items` (or `empty`, sent as left out). */
function EnumField({
  items,
  empty,
  isDisabled = false,
  ...field
}: InputFieldProps & { items: readonly { id: string; name: string }[]; empty?: string; isDisabled?: boolean }) {
  return (
    <Field label={field.label} errors={field.errors}>
      {(props) => (
        <select {...props} value={field.value} disabled={isDisabled} onChange={(e) => field.onChange(e.target.value)}>
          <Options items={items} {...(empty !== undefined ? { empty } : {})} />
        </select>
      )}
    </Field>
  );
}

/** A number input in a Field; what is typed is sent as it stands (the API judges it). */
function NumberField({
  min,
  max,
  step = 'any',
  placeholder,
  ...field
}: InputFieldProps & { min?: number; max?: number; step?: number | 'any'; placeholder?: string }) {
  return (
    <Field label={field.label} errors={field.errors}>
      {(props) => (
        <input
          {...props}
          type="number"
          {...(min !== undefined ? { min } : {})}
          {...(max !== undefined ? { max } : {})}
          step={step}
          {...(placeholder !== undefined ? { placeholder } : {})}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A text input in a Field. */
function TextField({ size, ...field }: InputFieldProps & { size?: number }) {
  return (
    <Field label={field.label} errors={field.errors}>
      {(props) => (
        <input
          {...props}
          {...(size !== undefined ? { size } : {})}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** What the facility an override is about is now: its status and capacity rows (from the API). */
function FacilityNow({ id, names }: { id: string; names: ReadonlyMap<string, string> }) {
  const { data, error } = useQuery(OverrideFacilityDocument, { id }, { skip: !id });
  if (!id) return null;
  if (error) return <span className="field-error">{error.message}</span>;
  const f = data?.facility;
  if (data && !f) return <span className="field-error">No facility {id} in the data.</span>;
  if (!f) return <span className="muted">Loading the plant…</span>;
  return (
    <span className="muted" aria-label="The plant now">
      now: {humanize(f.status)} · {humanize(f.type).toLowerCase()} in {names.get(f.country.id) ?? f.country.id} ·{' '}
      {f.capacities.length === 0
        ? 'no capacity recorded'
        : f.capacities.map((c) => `${quantity(c.value, c.unit)} ${c.year} (${c.basis.toLowerCase()})`).join(', ')}
    </span>
  );
}

/** The capacity rows of a hypothetical plant: measure (a recycler's), material, basis, capacity, year; add / remove. */
function CapacityRows({
  draft,
  at,
  lookups,
  onChange,
}: {
  draft: Extract<Draft, { kind: 'add' }>;
  at: (...fields: string[]) => FieldError[];
  lookups: Lookups;
  onChange: (next: Draft) => void;
}) {
  const materials = lookups.data?.materials ?? [];
  const unitOf = (m: string) => materials.find((x) => x.id === m)?.unit;
  const isRecycler = draft.type === 'RECYCLER';
  const setRow = (k: number, row: CapacityDraft) =>
    onChange({ ...draft, capacities: draft.capacities.map((c, i) => (i === k ? row : c)) });
  const measures = CAPACITY_MEASURES.map((m) => ({ id: m, name: MEASURE_LABEL[m] ?? humanize(m) }));
  const bases = [
    { id: 'INSTALLED', name: 'Installed (built)' },
    { id: 'ANNOUNCED', name: 'Announced (a plan)' },
  ];
  return (
    <>
      {draft.capacities.map((c, k) => {
        const row = `.addFacility.capacities[${k}]`;
        const isFixed = isRecycler && MATERIAL_OF_MEASURE[c.measure] !== undefined;
        return (
          <div className="row" key={k} role="group" aria-label={`Row ${k + 1} of the plant’s capacities`}>
            {isRecycler && (
              <EnumField
                label="Measure"
                errors={at(`${row}.measure`)}
                items={measures}
                empty="choose…"
                value={c.measure}
                onChange={(v) => setRow(k, withMeasure(c, v))}
              />
            )}
            <EnumField
              label="Material"
              errors={at(`${row}.material`, `${row}.unit`)}
              items={materials}
              empty="choose…"
              isDisabled={isFixed}
              value={c.material}
              onChange={(v) => setRow(k, { ...c, material: v })}
            />
            <EnumField
              label="Basis"
              errors={at(`${row}.basis`)}
              items={bases}
              {...(c.basis === '' ? { empty: 'not stated (installed)' } : {})}
              value={c.basis}
              onChange={(v) => setRow(k, { ...c, basis: v })}
            />
            <NumberField
              label={`Capacity${unitOf(c.material) ? ` (${unitOf(c.material)} a year)` : ''}`}
              errors={at(`${row}.value`, ...(k === 0 ? ['.addFacility.capacities'] : []))}
              min={0}
              value={c.value}
              onChange={(v) => setRow(k, { ...c, value: v })}
            />
            <NumberField
              label={c.basis === 'ANNOUNCED' ? 'For year' : 'From year'}
              errors={at(`${row}.year`, `${row}.sources`)}
              step={1}
              value={c.year}
              onChange={(v) => setRow(k, { ...c, year: v })}
            />
            {draft.capacities.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => onChange({ ...draft, capacities: draft.capacities.filter((_, i) => i !== k) })}
              >
                remove row
              </button>
            )}
            {at(row)
              .filter((e) => fieldPath(e.path).endsWith(`capacities[${k}]`))
              .map((e) => (
                <span key={e.message} className="field-error" role="alert">
                  {e.message}
                </span>
              ))}
          </div>
        );
      })}
      <div className="actions">
        <button
          type="button"
          className="link"
          onClick={() => onChange({ ...draft, capacities: [...draft.capacities, emptyCapacity(draft.type)] })}
        >
          + another capacity row{isRecycler ? ' (e.g. black mass processed)' : ''}
        </button>
      </div>
    </>
  );
}

/** The rows of one override, by kind, each input naming its API path so its errors show beside it. */
function OverrideFields({
  draft,
  index,
  errors,
  lookups,
  onChange,
  facilityName,
}: {
  draft: Draft;
  index: number;
  errors: readonly FieldError[];
  lookups: Lookups;
  onChange: (next: Draft) => void;
  facilityName: (id: string) => string;
}) {
  const at = (...fields: string[]) => errorsAt(errors, ...fields.map((f) => `overrides[${index}]${f}`));
  const countries = byName(lookups.data?.countries ?? []);
  const materials = lookups.data?.materials ?? [];
  switch (draft.kind) {
    case 'facility':
      return (
        <div className="row">
          <Field label="Plant" errors={at('.facility')}>
            {() =>
              draft.facility ? (
                <span>
                  <strong>{draft.label ?? facilityName(draft.facility)}</strong>{' '}
                  <button type="button" className="link" onClick={() => onChange({ ...draft, facility: '' })}>
                    change
                  </button>
                </span>
              ) : (
                <SearchBox
                  label={`Find the plant of change ${index + 1}`}
                  placeholder="Find a plant by name…"
                  kinds={['facility']}
                  onChoose={(hit) => onChange({ ...draft, facility: hit.id, label: hit.name })}
                />
              )
            }
          </Field>
          <EnumField
            label="Status"
            errors={at('.status')}
            items={enumItems(STATUSES)}
            empty="unchanged"
            value={draft.status}
            onChange={(status) => onChange({ ...draft, status })}
          />
          <NumberField
            label="Capacity (every capacity row)"
            errors={at('.capacity')}
            min={0}
            placeholder="unchanged"
            value={draft.capacity}
            onChange={(capacity) => onChange({ ...draft, capacity })}
          />
          {draft.facility && <FacilityNow id={draft.facility} names={lookups.names} />}
        </div>
      );
    case 'add': {
      const id = addedId(draft);
      const f = '.addFacility';
      return (
        <>
          <div className="row">
            <TextField
              label="Name"
              errors={at(`${f}.name`, `${f}.id`)}
              value={draft.name}
              onChange={(name) => onChange({ ...draft, name })}
            />
            <EnumField
              label="Type"
              errors={at(`${f}.type`)}
              items={enumItems(FACILITY_TYPES)}
              value={draft.type}
              onChange={(type) => onChange(withType(draft, type))}
            />
            <EnumField
              label="Stage"
              errors={at(`${f}.stage`)}
              items={enumItems(STAGES)}
              value={draft.stage}
              onChange={(stage) => onChange({ ...draft, stage })}
            />
            <EnumField
              label="Country"
              errors={at(`${f}.country`)}
              items={countries}
              empty="choose…"
              value={draft.country}
              onChange={(country) => onChange({ ...draft, country })}
            />
            <EnumField
              label="Status"
              errors={at(`${f}.status`)}
              items={enumItems(STATUSES)}
              value={draft.status}
              onChange={(status) => onChange({ ...draft, status })}
            />
            <NumberField
              label="Exists from (year)"
              errors={at(`${f}.startYear`)}
              step={1}
              placeholder="its first capacity year"
              value={draft.startYear}
              onChange={(startYear) => onChange({ ...draft, startYear })}
            />
            <TextField
              label="Chemistry (optional)"
              errors={at(`${f}.chemistry`)}
              size={10}
              value={draft.chemistry}
              onChange={(chemistry) => onChange({ ...draft, chemistry })}
            />
            {id && <span className="muted">id {id}</span>}
          </div>
          <CapacityRows draft={draft} at={at} lookups={lookups} onChange={onChange} />
        </>
      );
    }
    case 'cut':
      return (
        <div className="row">
          <EnumField
            label="Exporting country"
            errors={at('.country')}
            items={countries}
            empty="choose…"
            value={draft.country}
            onChange={(country) => onChange({ ...draft, country })}
          />
          <EnumField
            label="Material"
            errors={at('.material')}
            items={materials}
            empty="choose…"
            value={draft.material}
            onChange={(material) => onChange({ ...draft, material })}
          />
          <EnumField
            label="Stage"
            errors={at('.stage')}
            items={enumItems(STAGES)}
            empty="every stage"
            value={draft.stage}
            onChange={(stage) => onChange({ ...draft, stage })}
          />
          <NumberField
            label="Cut (fraction 0–1)"
            errors={at('.cut')}
            min={0}
            max={1}
            step={0.05}
            value={draft.cut}
            onChange={(cut) => onChange({ ...draft, cut })}
          />
        </div>
      );
    case 'parameter': {
      const p = '.parameter';
      const hasMetal = draft.parameterKind !== 'BLACK_MASS_YIELD';
      return (
        <div className="row">
          <EnumField
            label="Parameter"
            errors={at(`${p}.kind`)}
            items={PARAMETER_KINDS.map((k) => ({ id: k, name: `${humanize(k)} (${UNIT_OF_KIND[k] ?? ''})` }))}
            value={draft.parameterKind}
            onChange={(parameterKind) => onChange({ ...draft, parameterKind })}
          />
          {hasMetal && (
            <EnumField
              label="Metal"
              errors={at(`${p}.material`)}
              items={PARAMETER_METALS.map((m) => ({ id: m, name: lookups.names.get(m) ?? humanize(m) }))}
              empty="choose…"
              value={draft.material}
              onChange={(material) => onChange({ ...draft, material })}
            />
          )}
          <TextField
            label="Chemistry (optional; empty: mixed)"
            errors={at(`${p}.chemistry`)}
            size={10}
            value={draft.chemistry}
            onChange={(chemistry) => onChange({ ...draft, chemistry })}
          />
          <NumberField
            label="Value"
            errors={at(`${p}.value`)}
            min={0}
            value={draft.value}
            onChange={(value) => onChange({ ...draft, value })}
          />
          <p className="muted">
            Replaces the data’s sourced value (or adds one the data lacks) while the scenario is in use; every figure
            resting on it says it is overridden.
          </p>
        </div>
      );
    }
    case 'ban':
      return (
        <p className="muted">
          Black mass may not leave the EU for non-OECD countries (hazardous waste under Delegated Decision (EU)
          2025/934, from 9 November 2026): every recorded black-mass flow from an EU country to a non-OECD country is
          removed.
        </p>
      );
    case 'other':
      return <pre className="muted">{JSON.stringify(draft.json)}</pre>;
  }
}

const KIND_TITLE: Readonly<Record<Draft['kind'], string>> = {
  facility: 'Change a plant’s status or capacity',
  add: 'Add a hypothetical plant',
  cut: 'Cut a country’s exports of a material',
  ban: 'Ban black-mass exports',
  parameter: 'Set a recycling parameter',
  other: 'Override',
};

function initialDraft(stored: StoredScenario | undefined): ScenarioDraft {
  if (!stored) return { id: '', name: '', description: '', notes: '', overrides: [] };
  return {
    id: stored.id,
    name: stored.name,
    description: stored.description ?? '',
    notes: stored.notes ?? '',
    overrides: readOverrides(stored.overrides).map(toDraft),
  };
}

/**
 * The scenario builder: name, description and overrides of a new scenario or of the stored one open in the app
 * (`?scenario=<id>`); saved, updated and deleted through the API's mutations with the editor token. The API
 * validates like any dataset row and answers each error with its path; the error shows beside that field.
 */
export function ScenarioBuilder({
  stored,
  lookups,
  facilityName,
  onSaved,
  onDeleted,
}: {
  stored: StoredScenario | undefined;
  lookups: Lookups;
  facilityName: (id: string) => string;
  onSaved: (id: string) => void;
  onDeleted: (id: string) => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ScenarioDraft>(() => initialDraft(stored));
  const [isIdEdited, setIdEdited] = useState(false);
  const [token, setToken] = useState(readEditorToken);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [tokenError, setTokenError] = useState('');
  const [failure, setFailure] = useState('');
  const [isBusy, setBusy] = useState(false);
  const materials = lookups.data?.materials ?? [];
  const unitOf = (m: string) => materials.find((x) => x.id === m)?.unit;
  const isNew = stored === undefined;
  const hasBan = draft.overrides.some((o) => o.kind === 'ban');

  const update = (patch: Partial<ScenarioDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setOverride = (index: number, next: Draft) =>
    update({ overrides: draft.overrides.map((o, i) => (i === index ? next : o)) });
  const add = (kind: 'facility' | 'add' | 'cut' | 'ban' | 'parameter') =>
    update({ overrides: [...draft.overrides, emptyDraft(kind)] });
  const remove = (index: number) => {
    update({ overrides: draft.overrides.filter((_, i) => i !== index) });
    setErrors([]);
  };

  async function run(action: () => Promise<{ ok: boolean; errors: FieldError[] }>, done: () => void) {
    setBusy(true);
    setErrors([]);
    setTokenError('');
    setFailure('');
    try {
      const result = await action();
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      // The scenario's figures changed everywhere: every cached analytic under it is stale.
      await queryClient.invalidateQueries();
      done();
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN'))
        setTokenError(error.message);
      else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const save = () => {
    const input = scenarioInput(draft, unitOf);
    return run(
      async () => {
        if (isNew) return (await request(CreateScenarioDocument, { scenario: input }, undefined, token)).createScenario;
        return (await request(UpdateScenarioDocument, { scenario: input }, undefined, token)).updateScenario;
      },
      () => onSaved(input.id),
    );
  };

  const del = () => {
    if (!stored || !window.confirm(`Delete the scenario “${stored.name}”? Links to it will stop working.`)) return;
    return run(
      async () => (await request(DeleteScenarioDocument, { id: stored.id }, undefined, token)).deleteScenario,
      () => onDeleted(stored.id),
    );
  };

  const known = new Set([
    'id',
    'name',
    'description',
    'notes',
    'overrides',
    ...draft.overrides.map((_, i) => `overrides[${i}]`),
  ]);
  const elsewhere = errors.filter((e) => {
    const p = fieldPath(e.path);
    const head = /^overrides\[\d+\]/.exec(p)?.[0] ?? p.split(/[.[]/)[0] ?? p;
    return !known.has(head);
  });
  const overrideErrors = (i: number) => errorsAt(errors, `overrides[${i}]`);

  return (
    <section className="card builder" aria-label="Scenario builder">
      <h2>{isNew ? 'New scenario' : `Edit “${stored.name}”`}</h2>
      <fieldset>
        <legend>Scenario</legend>
        <div className="row">
          <Field label="Name" errors={errorsAt(errors, 'name')}>
            {(props) => (
              <input
                {...props}
                size={48}
                value={draft.name}
                onChange={(e) =>
                  update({
                    name: e.target.value,
                    ...(isNew && !isIdEdited ? { id: e.target.value.trim() ? `scn-${slug(e.target.value)}` : '' } : {}),
                  })
                }
              />
            )}
          </Field>
          <Field label={isNew ? 'Id (in links)' : 'Id (fixed once stored)'} errors={errorsAt(errors, 'id')}>
            {(props) => (
              <input
                {...props}
                size={30}
                value={draft.id}
                readOnly={!isNew}
                onChange={(e) => {
                  setIdEdited(true);
                  update({ id: e.target.value });
                }}
              />
            )}
          </Field>
        </div>
        <div className="row">
          <Field label="Description (what it models, and why)" errors={errorsAt(errors, 'description')}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                cols={100}
                value={draft.description}
                onChange={(e) => update({ description: e.target.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>
      {draft.overrides.length === 0 && (
        <p className="muted" role="note">
          No changes yet: add one below. A scenario changes the data only while a query runs; the stored data stays as
          it is.
        </p>
      )}
      {errorsAt(errors, 'overrides')
        .filter((e) => fieldPath(e.path) === 'overrides')
        .map((e) => (
          <p key={e.path + e.message} className="field-error" role="alert">
            {e.message}
          </p>
        ))}
      {draft.overrides.map((o, i) => {
        const own = overrideErrors(i);
        const stray = own.filter((e) => fieldPath(e.path) === `overrides[${i}]`);
        return (
          <fieldset key={i} aria-label={`Change ${i + 1}: ${KIND_TITLE[o.kind]}`}>
            <legend>
              {i + 1}. {KIND_TITLE[o.kind]}{' '}
              <button type="button" className="link" onClick={() => remove(i)}>
                remove
              </button>
            </legend>
            <OverrideFields
              draft={o}
              index={i}
              errors={own}
              lookups={lookups}
              facilityName={facilityName}
              onChange={(next) => setOverride(i, next)}
            />
            {stray.map((e) => (
              <p key={e.message} className="field-error" role="alert">
                {e.message}
              </p>
            ))}
            <p className="words">
              In words:{' '}
              {overrideText(
                readOverride(draftJson(o, unitOf)),
                wordsName(lookups, (id) => (o.kind === 'facility' && o.label) || facilityName(id)),
              )}
            </p>
          </fieldset>
        );
      })}
      <div className="actions" aria-label="Add a change">
        <button type="button" onClick={() => add('facility')}>
          + Change a plant’s status or capacity
        </button>
        <button type="button" onClick={() => add('add')}>
          + Add a hypothetical plant
        </button>
        <button type="button" onClick={() => add('cut')}>
          + Cut a country’s exports
        </button>
        <button type="button" onClick={() => add('ban')} disabled={hasBan}>
          + Ban black-mass exports
        </button>
        <button type="button" onClick={() => add('parameter')}>
          + Set a recycling parameter
        </button>
      </div>
      <fieldset>
        <legend>Save</legend>
        <div className="row">
          <Field
            label="Editor token (kept in this tab only)"
            errors={tokenError ? [{ path: 'token', message: tokenError }] : []}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="off"
                size={32}
                value={token}
                onChange={(e) => {
                  setToken(e.target.value);
                  writeEditorToken(e.target.value);
                }}
              />
            )}
          </Field>
          <div className="actions">
            <button type="button" onClick={() => void save()} disabled={isBusy}>
              {isNew ? 'Save scenario' : 'Save changes'}
            </button>
            {!isNew && (
              <button type="button" onClick={() => void del()} disabled={isBusy}>
                Delete scenario
              </button>
            )}
            {isBusy && <span className="muted">Saving…</span>}
          </div>
        </div>
        {elsewhere.length > 0 && (
          <ul className="field-error" role="alert" aria-label="Other errors">
            {elsewhere.map((e) => (
              <li key={e.path + e.message}>
                {e.path}: {e.message}
              </li>
            ))}
          </ul>
        )}
        {failure && (
          <p className="state-error" role="alert">
            Not saved: {failure}
          </p>
        )}
      </fieldset>
    </section>
  );
}

function draftJson(d: Draft, unitOf: (m: string) => string | undefined): unknown {
  // the same JSON the save sends, read back as an override for its words
  return scenarioInput({ id: '', name: '', description: '', notes: '', overrides: [d] }, unitOf).overrides[0];
}

function wordsName(lookups: Lookups, facilityName: (id: string) => string): (id: string) => string {
  return (id) => (id ? (lookups.names.get(id) ?? facilityName(id)) : '…');
}
