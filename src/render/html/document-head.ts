import { escapeHtml } from '../../text/html.ts';

/**
 * The opening of every page the project writes (the reader, the run index), up to `<body>`:
 * UTF-8, the Content-Security-Policy that lets only the page's own style and script run, a
 * viewport for phones, no referrer, light and dark colour schemes, the title and the inline style.
 */
export function documentHead(options: { htmlAttributes: string; policy: string; title: string; style: string }): string[] {
  return [
    '<!DOCTYPE html>',
    `<html ${options.htmlAttributes}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="bilingual">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${options.style}</style>`,
    '</head>',
    '<body>',
  ];
}
