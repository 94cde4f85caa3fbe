/**
 * Copy citation on regulation pages: `a.zd-copy[href="#第五条"]` copies
 * `《简称》（2025年版）第五条 https://…#第五条`. The markup carries only the anchor; the title and the
 * edition/已废止 qualifier come once per page from `[data-zd-cite-title]` (RegulationHeader.astro).
 *
 * - A visible “已复制” next to the icon (CSS on `[data-copied]`) and a polite live region.
 * - Copy links are out of the tab order (`tabindex="-1"`), so keyboard users do not meet one per
 *   paragraph before the body's links; the link of the targeted article (`#第五条`, reached from
 *   本页内容 or a shared link) is put back in the tab order, next after the target.
 * - On touch screens the icons stay hidden until the reader taps a paragraph (or lands on it).
 */

const COPIED_MS = 1800;
const ARTICLE_OR_PARAGRAPH =
  /^第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?$/u;
const BLOCK = '.zd-article, .zd-paragraph, .zd-section';

let live: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (live?.isConnected) return live;
  live = document.createElement('div');
  live.className = 'zd-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.appendChild(live);
  return live;
}

function anchorOf(link: HTMLAnchorElement): string {
  return decodeURIComponent((link.getAttribute('href') ?? '').replace(/^#/, ''));
}

/** `第五条`, `第五条第二款`; for a section (`一`) its heading text as printed (`一、总体要求`). */
function pointLabel(link: HTMLAnchorElement, anchor: string): string {
  if (ARTICLE_OR_PARAGRAPH.test(anchor)) return anchor;
  const text = (link.parentElement?.textContent ?? anchor).trim().replace(/\s+/g, ' ');
  return text.length > 30 ? anchor : text;
}

/** The citation text without the URL: `《请销假制度》（2025年版）第七条`. */
export function citationText(link: HTMLAnchorElement): string {
  const source = document.querySelector<HTMLElement>('[data-zd-cite-title]');
  const title = source?.dataset['zdCiteTitle'] ?? document.title;
  const qualifier = source?.dataset['zdCiteQualifier'];
  return `《${title}》${qualifier ? `（${qualifier}）` : ''}${pointLabel(link, anchorOf(link))}`;
}

function copyFallback(text: string): boolean {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the textarea */
  }
  return copyFallback(text);
}

async function onCopy(link: HTMLAnchorElement): Promise<void> {
  const anchor = anchorOf(link);
  const cite = citationText(link);
  const url = `${location.origin}${location.pathname}${location.search}#${anchor}`;
  const text = `${cite} ${url}`;
  history.replaceState(history.state, '', `#${encodeURIComponent(anchor)}`);
  focusTarget();
  const ok = await copyText(text);
  if (!ok) {
    window.prompt('复制引用', text);
    return;
  }
  link.dataset['copied'] = '';
  liveRegion().textContent = `已复制：${cite}`;
  window.setTimeout(() => delete link.dataset['copied'], COPIED_MS);
}

/** Puts the copy link of the targeted block (and only that one) in the tab order. */
function focusTarget(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.zd-copy[tabindex="0"]'))
    link.setAttribute('tabindex', '-1');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  const block = target?.matches(BLOCK) ? target : target?.closest(BLOCK);
  block?.querySelector<HTMLAnchorElement>(':scope > a.zd-copy')?.setAttribute('tabindex', '0');
}

function init(): void {
  const doc = document as Document & { zdCopyCitation?: boolean };
  if (doc.zdCopyCitation) return;
  doc.zdCopyCitation = true;

  document.addEventListener('click', (e) => {
    const copy = e.target instanceof Element ? e.target.closest('a.zd-copy') : null;
    if (!(copy instanceof HTMLAnchorElement)) return;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void onCopy(copy);
  });

  // Touch: a tap on a paragraph (not on a link) shows that paragraph's copy icon.
  document.addEventListener('pointerup', (e) => {
    if (e.pointerType !== 'touch' || !(e.target instanceof Element) || e.target.closest('a')) return;
    const block = e.target.closest(BLOCK);
    for (const active of document.querySelectorAll('[data-zd-active]'))
      if (active !== block) active.removeAttribute('data-zd-active');
    block?.setAttribute('data-zd-active', '');
  });

  window.addEventListener('hashchange', focusTarget);
  focusTarget();
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
  else init();
}
