/**
 * Decap CMS as this portal uses it, instead of decap-cms-app (which registers every backend, every widget and the
 * 40 languages of decap-cms-locales; the portal registers its own complete Indonesian locale, locale.ts):
 * - the core and the widgets the generated configs use (decap-parts.ts), with the markdown editor's image button;
 * - only the backend the OPD's config names (and `proxy`, the local decap-server, when the config allows it),
 *   loaded with `import()` before Decap starts;
 * - the markdown editor (Slate and its remark pipeline, a third of Decap's weight) loaded when a form first shows a
 *   body field: the collection list and the workflow board never need it.
 */
import { Component, createElement as h, type ComponentType, type ReactNode } from 'react';
import { DecapCmsCore as CMS } from 'decap-cms-core';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetRelation from 'decap-cms-widget-relation';
import DecapCmsWidgetImage from 'decap-cms-widget-image';
import DecapCmsWidgetFile from 'decap-cms-widget-file';
import markdownSchema from 'decap-cms-widget-markdown/dist/esm/schema.js';
import image from 'decap-cms-editor-component-image';
import { DECAP_BACKENDS, DECAP_WIDGETS } from './decap-parts.ts';

type BackendName = (typeof DECAP_BACKENDS)[number];

/** Each backend's own chunk. */
const BACKENDS: Record<BackendName, () => Promise<unknown>> = {
  github: () => import('decap-cms-backend-github').then((m) => m.GitHubBackend),
  gitlab: () => import('decap-cms-backend-gitlab').then((m) => m.GitLabBackend),
  gitea: () => import('decap-cms-backend-gitea').then((m) => m.GiteaBackend),
  forgejo: () => import('decap-cms-backend-forgejo').then((m) => m.ForgejoBackend),
  'test-repo': () => import('decap-cms-backend-test').then((m) => m.TestBackend),
  proxy: () => import('decap-cms-backend-proxy').then((m) => m.ProxyBackend),
};

/** Registers the backends `config` can use: its `backend.name`, and `proxy` when `local_backend` is set. */
export async function registerBackendsFor(config: { backend?: { name?: string }; local_backend?: unknown }): Promise<void> {
  const names = new Set<string>([config.backend?.name ?? '']);
  if (config.local_backend) names.add('proxy');
  for (const name of names) {
    const load = BACKENDS[name as BackendName];
    if (load) CMS.registerBackend(name, (await load()) as never);
  }
}

const loadMarkdown = () => import('decap-cms-widget-markdown').then((m) => m.default.controlComponent as ComponentType<Record<string, unknown>>);

/** The markdown widget's control, fetched on first use (main.ts starts fetching it as soon as an editor opens). */
class LazyMarkdownControl extends Component<Record<string, unknown>, { control?: ComponentType<Record<string, unknown>> }> {
  static loaded?: ComponentType<Record<string, unknown>>;
  state = { control: LazyMarkdownControl.loaded };
  inner: { focus?: (path?: string) => void } | null = null;

  componentDidMount(): void {
    if (this.state.control) return;
    void loadMarkdown().then((control) => {
      LazyMarkdownControl.loaded = control;
      this.setState({ control });
    });
  }

  /** Decap focuses a field with an error through its control. */
  focus(path?: string): void {
    this.inner?.focus?.(path);
  }

  render(): ReactNode {
    const Control = this.state.control;
    if (!Control) return h('p', { className: String(this.props.classNameWrapper ?? ''), 'aria-busy': 'true' }, 'Memuat penyunting teks…');
    return h(Control, { ...this.props, ref: (instance: LazyMarkdownControl['inner']) => void (this.inner = instance) });
  }
}

/** Starts fetching the markdown editor (an entry form is about to show a body field). */
export function preloadMarkdown(): void {
  void loadMarkdown().then((control) => (LazyMarkdownControl.loaded ??= control)).catch(() => undefined);
}

type Widgets = Record<Exclude<(typeof DECAP_WIDGETS)[number], 'markdown'>, { Widget(): unknown }>;
const widgets: Widgets = {
  string: DecapCmsWidgetString, text: DecapCmsWidgetText, number: DecapCmsWidgetNumber, boolean: DecapCmsWidgetBoolean,
  select: DecapCmsWidgetSelect, list: DecapCmsWidgetList, object: DecapCmsWidgetObject, relation: DecapCmsWidgetRelation,
  image: DecapCmsWidgetImage, file: DecapCmsWidgetFile,
};
CMS.registerWidget(Object.values(widgets).map((w) => w.Widget()) as never);
// The body is never previewed (`editor.preview: false`): no preview component.
CMS.registerWidget({ name: 'markdown', controlComponent: LazyMarkdownControl, previewComponent: () => null, schema: markdownSchema } as never);
CMS.registerEditorComponent(image as never);

export default CMS;
