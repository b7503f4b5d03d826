/**
 * Reading a WordPress site through its REST API (wp/v2): posts or pages, 100 per request, with `_embed` for the
 * featured image and the terms. `X-WP-Total` and `X-WP-TotalPages` say how much there is
 * (https://developer.wordpress.org/rest-api/using-the-rest-api/pagination/). A site without pretty permalinks
 * only answers on `?rest_route=`, which is tried when `/wp-json/` is not found.
 */
import { PpidError } from '../../validate/problem.ts';
import { FetchError, httpGet, type GetLimits } from './http-get.ts';
import type { HostPolicy } from './host-policy.ts';
import { WpItemSchema, WpMediaSchema, type WpItem, type WpMedia } from './wp-types.ts';

/** The site could not be read at all: the command exits 1. */
export class SiteUnreadable extends PpidError {
  override name = 'SiteUnreadable';
}

/** A page of 100 items is a few MB at most; a minute is generous for a slow government server. */
const API_LIMITS: GetLimits = { maxBytes: 32 * 1024 * 1024, timeoutMs: 60_000 };
const PER_PAGE = 100;

export interface ListedPage {
  page: number;
  totalPages: number;
  /** `X-WP-Total`: items in the whole listing (for progress). */
  total: number;
  items: WpItem[];
  /** Entries of this page the API returned in an unreadable shape. */
  unreadable: number;
  /** Why this page could not be read (later pages only: the first one throws). */
  error?: string;
}

export type ItemType = 'posts' | 'pages';

export class WpApi {
  private queryRoutes = false;
  private readonly base: string;
  readonly policy: HostPolicy;

  constructor(policy: HostPolicy) {
    this.policy = policy;
    this.base = policy.site.href.replace(/\/+$/, '');
  }

  private endpoint(route: string, params: Record<string, string>): URL {
    const url = this.queryRoutes ? new URL(`${this.base}/`) : new URL(`${this.base}/wp-json/wp/v2/${route}`);
    if (this.queryRoutes) url.searchParams.set('rest_route', `/wp/v2/${route}`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url;
  }

  private async getJson(route: string, params: Record<string, string>, first: boolean): Promise<{ json: unknown; headers: Record<string, unknown> }> {
    let fetched;
    try {
      fetched = await httpGet(this.endpoint(route, params), this.policy, API_LIMITS);
    } catch (error) {
      if (!(first && error instanceof FetchError && error.status === 404 && !this.queryRoutes)) throw error;
      this.queryRoutes = true;
      fetched = await httpGet(this.endpoint(route, params), this.policy, API_LIMITS);
    }
    try {
      return { json: JSON.parse(fetched.body.toString('utf8')), headers: fetched.headers };
    } catch {
      throw new FetchError('jawaban bukan JSON (bukan situs WordPress?)');
    }
  }

  /** Every page of the listing, oldest item first (stable while the site keeps publishing during an import). */
  async *list(type: ItemType, since?: string): AsyncGenerator<ListedPage> {
    const params: Record<string, string> = { per_page: String(PER_PAGE), _embed: '1', orderby: 'date', order: 'asc' };
    if (since) params.after = `${since}T00:00:00`;
    let totalPages = 1;
    let total = 0;
    for (let page = 1; page <= totalPages; page++) {
      let answer;
      try {
        answer = await this.getJson(type, { ...params, page: String(page) }, page === 1);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (page === 1) throw new SiteUnreadable(`Situs ${this.base} tidak dapat dibaca (${type}): ${reason}`);
        yield { page, totalPages, total, items: [], unreadable: 0, error: reason };
        continue;
      }
      if (!Array.isArray(answer.json)) {
        if (page === 1) throw new SiteUnreadable(`Situs ${this.base} tidak menjawab daftar ${type} WordPress.`);
        yield { page, totalPages, total, items: [], unreadable: 0, error: 'jawaban bukan daftar' };
        continue;
      }
      if (page === 1) {
        totalPages = Math.max(1, Number(answer.headers['x-wp-totalpages']) || 1);
        total = Number(answer.headers['x-wp-total']) || answer.json.length;
      }
      const parsed = answer.json.map((entry) => WpItemSchema.safeParse(entry));
      const items = parsed.flatMap((p) => (p.success ? [p.data] : []));
      yield { page, totalPages, total, items, unreadable: parsed.length - items.length };
    }
  }

  /** Media items by id (a `[gallery ids=...]` shortcode); empty when the site does not say. */
  async media(ids: number[]): Promise<WpMedia[]> {
    if (ids.length === 0) return [];
    try {
      const { json } = await this.getJson('media', { include: ids.slice(0, PER_PAGE).join(','), per_page: String(PER_PAGE) }, false);
      const found = (Array.isArray(json) ? json : []).flatMap((m) => {
        const parsed = WpMediaSchema.safeParse(m);
        return parsed.success && parsed.data.source_url ? [parsed.data] : [];
      });
      // The order of the shortcode, not of the answer.
      return ids.flatMap((id) => found.filter((m) => m.id === id));
    } catch {
      return [];
    }
  }
}
