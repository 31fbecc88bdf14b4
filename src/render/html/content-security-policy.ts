import { createHash } from 'node:crypto';

/** The inline style and script a page carries, exactly as written between their tags. */
export interface InlineAssets {
  styles: readonly string[];
  scripts: readonly string[];
}

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A strict Content-Security-Policy for a page that must open from disk with no network: no
 * source is allowed at all (`default-src 'none'`) except the page's own inline style and
 * script, named by their hashes. Nothing an article holds can then load, run or submit
 * anything, even if escaping ever failed. `frame-ancestors` and `report-uri` are left out:
 * a `<meta>` policy cannot carry them and browsers log an error when it tries.
 */
export function contentSecurityPolicy(assets: InlineAssets): string {
  const styles = assets.styles.map(sha256Source).join(' ');
  const scripts = assets.scripts.map(sha256Source).join(' ');
  return [
    "default-src 'none'",
    `style-src ${styles === '' ? "'none'" : styles}`,
    `script-src ${scripts === '' ? "'none'" : scripts}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
