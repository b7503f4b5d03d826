/**
 * The portal's own Decap widgets (browser only):
 * - `wib-datetime`: date or date-time as WIB wall-clock text (`YYYY-MM-DD HH:mm`), whatever the browser's zone
 *   (the "now" default of a new entry is resolved in the config before Decap starts, see `resolveNowDefaults`);
 * - `bersyarat`: wraps another widget and makes it required when another field has a given value
 *   (Decap has no conditional `required`; the DIK fields and the berkala rincian need one);
 * - `berkas-csv`: uploads a dataset's CSV next to its metadata, named after the entry (`<slug>.csv`); a new CSV
 *   for an existing dataset replaces the old one on the entry's editorial-workflow branch only.
 */
import { Component, createElement as h, type ComponentType, type ReactNode } from 'react';
import { fromJS, Map as ImmutableMapOf, type Map as ImmutableMap } from 'immutable';
import type { CMS } from 'decap-cms-core';
import { slugFormatter } from 'decap-cms-core/dist/esm/lib/formatters.js';
import { changeDraftField } from 'decap-cms-core/dist/esm/actions/entries.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { portal } from './locale.ts';
import { csvHeader, phrase, toInputValue, wibNow } from './widget-helpers.ts';
import { heldWithDraft, releaseMediaName } from './decap-store.ts';
import { portalLists } from './decap-guards.ts';
import { loadChecker } from './checker.ts';

type Field = ImmutableMap<string, unknown>;
type Entry = ImmutableMap<string, unknown>;

interface ControlProps {
  value: unknown;
  field: Field;
  forID: string;
  classNameWrapper: string;
  onChange: (value: unknown) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  getEntry?: () => Entry;
  entry: Entry;
  resolveWidget: (name: string) => { control: unknown } | undefined;
  onPersistMedia: (file: File, options: { field: Field }) => Promise<unknown>;
  collection: ImmutableMap<string, unknown>;
  config: { slug?: unknown };
  [key: string]: unknown;
}

function currentEntry(props: ControlProps): Entry {
  return props.getEntry ? props.getEntry() : props.entry;
}

class WibDateTimeControl extends Component<ControlProps> {
  get dateOnly(): boolean {
    return this.props.field.get('date_only') === true;
  }

  render(): ReactNode {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
    const button = (label: string, next: string, testId: string) =>
      h('button', { type: 'button', 'data-testid': testId, onClick: () => onChange(next), style: { padding: '4px 10px', cursor: 'pointer' } }, label);
    return h(
      'div',
      { className: classNameWrapper, style: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' } },
      h('input', {
        id: forID,
        type: this.dateOnly ? 'date' : 'datetime-local',
        value: toInputValue(value, this.dateOnly),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => onChange(event.target.value.replace('T', ' ')),
        style: { border: 'none', font: 'inherit', background: 'transparent' },
      }),
      h('span', { style: { color: '#555' } }, portal.wibSuffix),
      button(portal.wibNow, wibNow(this.dateOnly), 'wib-now'),
      button(portal.clear, '', 'wib-clear'),
    );
  }
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  const sized = value as { size?: number; length?: number };
  return sized.size === 0 || sized.length === 0;
}

class ConditionalControl extends Component<ControlProps> {
  inner: { isValid?: () => unknown } | null = null;

  get applies(): boolean {
    const rule = this.props.field.get('required_when') as ImmutableMap<string, unknown> | undefined;
    if (!rule) return false;
    const other = currentEntry(this.props)?.getIn(['data', String(rule.get('field'))]);
    return rule.get('filled') === true ? !isEmptyValue(other) : other === rule.get('equals');
  }

  /**
   * The field is marked required in the config (so its label has no "opsional"); Decap's own presence check
   * is answered with a placeholder and the real, conditional check happens in `isValid` with its own message.
   */
  getValidateValue = (): unknown => (isEmptyValue(this.props.value) ? ' ' : this.props.value);

  /** Called by Decap on save: required when the other field has the configured value, then the wrapped widget's own check. */
  isValid = (): unknown => {
    if (this.applies && isEmptyValue(this.props.value)) {
      const rule = this.props.field.get('required_when') as ImmutableMap<string, string>;
      // PRESENCE makes Decap also show its "required field missing" notice.
      return { error: { type: 'PRESENCE', message: rule.get('message') } };
    }
    return this.inner?.isValid ? this.inner.isValid() : true;
  };

  render(): ReactNode {
    const base = String(this.props.field.get('base_widget') ?? 'string');
    const control = this.props.resolveWidget(base)?.control as ComponentType<ControlProps & { ref: (instance: ConditionalControl['inner']) => void }>;
    return h(control, { ...this.props, ref: (instance) => void (this.inner = instance) });
  }
}

/** The slug Decap will give the entry: its current one, or for a new entry the one computed from the fields now. */
export function entrySlug(entry: Entry, collection: ImmutableMap<string, unknown>, slugConfig: unknown): string {
  if (!entry.get('newRecord')) return String(entry.get('slug'));
  try {
    return slugFormatter(collection, entry.get('data') as ImmutableMap<string, unknown>, slugConfig);
  } catch {
    return ''; // no identifier yet (empty title)
  }
}

interface CsvState {
  message: string;
  warning: string;
  /** The uploaded text, kept while the editor may still fill the column dictionary from it. */
  text?: string;
  filled: string;
}

const DELIMITER_LABELS: Record<string, string> = { ',': 'koma (,)', ';': 'titik koma (;)', tab: 'tab' };
const DECIMAL_LABELS: Record<string, string> = { '.': 'titik (.)', ',': 'koma (,)' };

/**
 * Sets a top-level field of the entry being edited from outside its widget. A list gets fresh item keys in the list
 * widget (decap-guards.ts installListResync), which otherwise keys its items once, when it mounts.
 */
function setField(name: string, value: unknown): void {
  const immutable = fromJS(value) as object;
  if (Array.isArray(value)) portalLists.add(immutable);
  store.dispatch(changeDraftField({ field: ImmutableMapOf({ name }), value: immutable, entries: [] }));
}

/**
 * The dataset's CSV. Required for a new dataset (so its label has no "opsional"): an existing dataset keeps its
 * published CSV when none is uploaded. After an upload it can fill the column dictionary from the file's first row
 * (types guessed from the cells, lib/csv-guess.ts), for the editor to confirm; the save check judges the CSV.
 */
class CsvControl extends Component<ControlProps, CsvState> {
  state: CsvState = { message: '', warning: '', filled: '' };

  /** Decap's presence check: an existing dataset has its CSV already (the field's value is only set by an upload). */
  getValidateValue = (): unknown => (currentEntry(this.props).get('newRecord') || this.props.value ? this.props.value : ' ');

  isValid = (): unknown => (currentEntry(this.props).get('newRecord') && !this.props.value ? { error: { type: 'PRESENCE', message: portal.csvMissing } } : true);

  onFile = async (event: { target: HTMLInputElement }): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const entry = currentEntry(this.props);
    const slug = entrySlug(entry, this.props.collection, this.props.config.slug);
    if (!slug) {
      this.setState({ message: '', warning: portal.csvNeedsTitle, text: undefined });
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      this.setState({ message: '', warning: portal.csvNotUtf8, text: undefined });
      return;
    }
    const delimiter = String(entry.getIn(['data', String(this.props.field.get('delimiter_field') ?? 'pemisah')]) ?? ',');
    const { guessDelimiter } = await import('../lib/csv-guess.ts');
    const used = guessDelimiter(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
    const header = csvHeader(text, used ?? delimiter);
    const kolom = entry.getIn(['data', 'kolom']) as { toJS?: () => { nama?: string }[] } | undefined;
    const expected = (kolom?.toJS?.() ?? []).map((k) => k.nama ?? '');
    const warnings = [
      used && used !== delimiter ? phrase(portal.csvDelimiterMismatch, { used: DELIMITER_LABELS[used], declared: DELIMITER_LABELS[delimiter] ?? delimiter }) : '',
      expected.length > 0 && header.join('|') !== expected.join('|') ? phrase(portal.csvHeaderMismatch, { header: header.join(', '), expected: expected.join(', ') }) : '',
    ].filter(Boolean);
    const name = `${slug}.csv`;
    // Decap would offer to "replace" the published CSV and delete it on the main branch: hold it with the draft instead.
    releaseMediaName(name, this.props.field);
    // A new dataset whose title changed since an earlier upload: that earlier CSV must not be written as well.
    if (typeof this.props.value === 'string' && this.props.value !== name) releaseMediaName(this.props.value, this.props.field);
    const persisted = await this.props.onPersistMedia(new File([text], name, { type: 'text/csv' }), { field: this.props.field });
    if (!heldWithDraft(persisted)) {
      this.setState({ message: '', warning: portal.csvFailed, text: undefined });
      return;
    }
    this.props.onChange(name);
    this.setState({ message: phrase(portal.csvReady, { original: file.name, name }), warning: warnings.join(' '), text, filled: '' });
  };

  /** Fills Kamus kolom, Pemisah kolom CSV and Tanda desimal from the uploaded file; the editor checks and corrects them. */
  fillDictionary = async (): Promise<void> => {
    const { text } = this.state;
    if (!text) return;
    const { guessFromCsv } = await loadChecker();
    const guess = guessFromCsv(text);
    if (!guess) return;
    const data = currentEntry(this.props).get('data') as ImmutableMap<string, unknown>;
    const notes = [phrase(portal.csvFilled, { count: String(guess.kolom.length) })];
    if (data.get('pemisah') !== guess.pemisah || (data.get('desimal') ?? '.') !== guess.desimal) {
      setField('pemisah', guess.pemisah);
      setField('desimal', guess.desimal);
      notes.push(phrase(portal.csvFilledDelimiter, { pemisah: DELIMITER_LABELS[guess.pemisah], desimal: DECIMAL_LABELS[guess.desimal] }));
    }
    if (guess.renamed.length > 0) notes.push(phrase(portal.csvFilledRenamed, { names: guess.renamed.map((r) => `${r.header} → ${r.nama}`).join(', ') }));
    setField('kolom', guess.kolom);
    this.setState({ filled: notes.join(' '), warning: '' });
  };

  render(): ReactNode {
    const entry = currentEntry(this.props);
    const status = this.state.message || (entry.get('newRecord') ? portal.csvNone : phrase(portal.csvCurrent, { name: `${String(entry.get('slug'))}.csv` }));
    return h(
      'div',
      { className: this.props.classNameWrapper },
      h('p', { style: { margin: '0 0 8px' } }, status),
      h('label', { htmlFor: this.props.forID, style: { display: 'block', marginBottom: '4px' } }, portal.csvChoose),
      h('input', { id: this.props.forID, type: 'file', accept: '.csv,text/csv', 'data-portal-csv': 'true', onChange: this.onFile }),
      this.state.text
        ? h('p', { style: { margin: '8px 0 0' } }, h('button', { type: 'button', onClick: () => void this.fillDictionary(), style: { padding: '4px 10px', cursor: 'pointer' } }, portal.csvFillDictionary))
        : null,
      this.state.warning ? h('p', { role: 'alert', style: { color: '#b00020', margin: '8px 0 0' } }, this.state.warning) : null,
      this.state.filled ? h('p', { role: 'status', style: { margin: '8px 0 0' } }, this.state.filled) : null,
    );
  }
}

export function registerWidgets(cms: CMS): void {
  type Control = Parameters<CMS['registerWidget']>[1];
  cms.registerWidget('wib-datetime', WibDateTimeControl as unknown as Control);
  cms.registerWidget('bersyarat', ConditionalControl as unknown as Control);
  cms.registerWidget('berkas-csv', CsvControl as unknown as Control);
}
