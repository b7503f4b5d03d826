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
import type { Map as ImmutableMap } from 'immutable';
import type { CMS } from 'decap-cms-core';
import { slugFormatter } from 'decap-cms-core/dist/esm/lib/formatters.js';
import { portal } from './locale.ts';
import { csvHeader, phrase, toInputValue, wibNow } from './widget-helpers.ts';
import { heldWithDraft, releaseMediaName } from './decap-store.ts';

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
    const rule = this.props.field.get('required_when') as ImmutableMap<string, string> | undefined;
    return !!rule && currentEntry(this.props)?.getIn(['data', rule.get('field')!]) === rule.get('equals');
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
}

class CsvControl extends Component<ControlProps, CsvState> {
  state: CsvState = { message: '', warning: '' };

  onFile = async (event: { target: HTMLInputElement }): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const entry = currentEntry(this.props);
    const slug = entrySlug(entry, this.props.collection, this.props.config.slug);
    if (!slug) {
      this.setState({ message: '', warning: portal.csvNeedsTitle });
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      this.setState({ message: '', warning: portal.csvNotUtf8 });
      return;
    }
    const delimiter = String(entry.getIn(['data', String(this.props.field.get('delimiter_field') ?? 'pemisah')]) ?? ',');
    const header = csvHeader(text, delimiter);
    const kolom = entry.getIn(['data', 'kolom']) as { toJS?: () => { nama?: string }[] } | undefined;
    const expected = (kolom?.toJS?.() ?? []).map((k) => k.nama ?? '');
    const warning =
      expected.length > 0 && header.join('|') !== expected.join('|')
        ? phrase(portal.csvHeaderMismatch, { header: header.join(', '), expected: expected.join(', ') })
        : '';
    const name = `${slug}.csv`;
    // Decap would offer to "replace" the published CSV and delete it on the main branch: hold it with the draft instead.
    releaseMediaName(name, this.props.field);
    // A new dataset whose title changed since an earlier upload: that earlier CSV must not be written as well.
    if (typeof this.props.value === 'string' && this.props.value !== name) releaseMediaName(this.props.value, this.props.field);
    const persisted = await this.props.onPersistMedia(new File([text], name, { type: 'text/csv' }), { field: this.props.field });
    if (!heldWithDraft(persisted)) {
      this.setState({ message: '', warning: portal.csvFailed });
      return;
    }
    this.props.onChange(name);
    this.setState({ message: phrase(portal.csvReady, { original: file.name, name }), warning });
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
      this.state.warning ? h('p', { role: 'alert', style: { color: '#b00020', margin: '8px 0 0' } }, this.state.warning) : null,
    );
  }
}

export function registerWidgets(cms: CMS): void {
  type Control = Parameters<CMS['registerWidget']>[1];
  cms.registerWidget('wib-datetime', WibDateTimeControl as unknown as Control);
  cms.registerWidget('bersyarat', ConditionalControl as unknown as Control);
  cms.registerWidget('berkas-csv', CsvControl as unknown as Control);
}
