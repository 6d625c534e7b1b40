/** Hash routes: `#/<view>[/<id>][?k=v]`, so a view and its selection survive a reload and can be linked. */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  view: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = 'mail', ...rest] = path.split('/');
  return {
    view: view || 'mail',
    id: rest.length ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(search),
  };
}

export function href(view: string, id?: string | null, params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString() : '';
  return `#/${view}${id ? `/${encodeURIComponent(id)}` : ''}${q ? `?${q}` : ''}`;
}

export function navigate(view: string, id?: string | null, params?: Record<string, string>): void {
  location.hash = href(view, id, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
