import { TwilioError } from './errors.js';
import { twilioUrl, type Product } from './hosts.js';

/** FIDELITY §1 "Pagination": PageSize 1–1000 (default 50), Page ≥ 0, PageToken. */
export interface PageRequest {
  pageSize: number;
  page: number;
  pageToken: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;
const PAGING_KEYS = new Set(['PageSize', 'Page', 'PageToken']);

export function readPaging(query: URLSearchParams): PageRequest {
  const size = query.get('PageSize');
  const page = query.get('Page');
  let pageSize = DEFAULT_PAGE_SIZE;
  if (size !== null && size !== '') {
    if (!/^\d+$/.test(size) || Number(size) < 1) throw TwilioError.invalidParam('PageSize', 'must be an integer between 1 and 1000');
    pageSize = Number(size);
    if (pageSize > MAX_PAGE_SIZE) throw TwilioError.pageSizeTooLarge();
  }
  let pageNo = 0;
  if (page !== null && page !== '') {
    if (!/^\d+$/.test(page)) throw TwilioError.invalidParam('Page', 'must be a non-negative integer');
    pageNo = Number(page);
    // FIDELITY §1 says only "int ≥ 0". Up to this bound a page past the end is an empty page with exact
    // URLs; above it, Page × PageSize (the 2010 `start`) and the URLs' page numbers would lose digits
    // (`Page=1e+23`), so it is refused.
    const maxPage = Math.floor(Number.MAX_SAFE_INTEGER / pageSize);
    if (pageNo > maxPage) throw TwilioError.invalidParam('Page', `must be at most ${maxPage} with PageSize ${pageSize}`);
  }
  return { pageSize, page: pageNo, pageToken: query.get('PageToken') || null };
}

export interface PageSlice<T> {
  items: T[];
  /** Token for the next page (`PA` + SID of the last item), or null on the last page. */
  nextToken: string | null;
  start: number;
}

/**
 * Cuts one page out of the full ordered list. A PageToken names the last SID of the previous page,
 * so paging stays stable when records are created meanwhile; an unknown token falls back to Page.
 */
export function slicePage<T extends { sid: string }>(all: T[], req: PageRequest): PageSlice<T> {
  let start = req.page * req.pageSize;
  if (req.pageToken?.startsWith('PA')) {
    const after = req.pageToken.slice(2);
    const idx = all.findIndex((r) => r.sid === after);
    if (idx >= 0) start = idx + 1;
  }
  const items = all.slice(start, start + req.pageSize);
  const hasNext = start + req.pageSize < all.length;
  return { items, nextToken: hasNext && items.length ? `PA${items[items.length - 1]!.sid}` : null, start };
}

function filterQuery(query: URLSearchParams): string {
  const parts: string[] = [];
  for (const [k, v] of query) if (!PAGING_KEYS.has(k)) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.length ? `${parts.join('&')}&` : '';
}

function pageQuery(filters: string, pageSize: number, page: number, token: string | null): string {
  return `?${filters}PageSize=${pageSize}&Page=${page}${token ? `&PageToken=${encodeURIComponent(token)}` : ''}`;
}

/** v1/v2 envelope: `{<key>: [...], meta: {...}}` with absolute URLs on the real host. */
export function v1Envelope(product: Product, path: string, query: URLSearchParams, key: string, req: PageRequest, slice: PageSlice<unknown>, items: unknown[]) {
  const base = twilioUrl(product, path);
  const f = filterQuery(query);
  return {
    [key]: items,
    meta: {
      page: req.page,
      page_size: req.pageSize,
      first_page_url: base + pageQuery(f, req.pageSize, 0, null),
      previous_page_url: req.page > 0 ? base + pageQuery(f, req.pageSize, req.page - 1, null) : null,
      url: base + pageQuery(f, req.pageSize, req.page, req.pageToken),
      next_page_url: slice.nextToken ? base + pageQuery(f, req.pageSize, req.page + 1, slice.nextToken) : null,
      key,
    },
  };
}

/** API 2010 envelope: flat, with URIs relative to the host. */
export function v2010Envelope(path: string, query: URLSearchParams, key: string, req: PageRequest, slice: PageSlice<unknown>, items: unknown[]) {
  const base = `${path}.json`;
  const f = filterQuery(query);
  return {
    [key]: items,
    end: items.length ? slice.start + items.length - 1 : slice.start,
    first_page_uri: base + pageQuery(f, req.pageSize, 0, null),
    next_page_uri: slice.nextToken ? base + pageQuery(f, req.pageSize, req.page + 1, slice.nextToken) : null,
    page: req.page,
    page_size: req.pageSize,
    previous_page_uri: req.page > 0 ? base + pageQuery(f, req.pageSize, req.page - 1, null) : null,
    start: slice.start,
    uri: base + pageQuery(f, req.pageSize, req.page, req.pageToken),
  };
}
