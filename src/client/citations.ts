/**
 * Client script for regulation pages (no framework, event delegation, idempotent).
 *
 * - Citation popover: `a.zd-cite[aria-describedby]` shows the referenced hidden
 *   `<span role="tooltip">` text in a floating box on hover, keyboard focus or tap.
 *   Esc or leaving closes it. On touch, the first tap opens the box (with a 前往 link),
 *   a second tap on the same citation follows the link.
 * - Copy citation: `a.zd-copy[data-zd-cite]` copies `《标题》第五条 https://…#第五条` with
 *   navigator.clipboard (falls back to a hidden textarea, then to prompt()).
 *
 * Include once in the page layout: `<script>import '../client/citations.ts';</script>`.
 */

const POPOVER_ID = 'zd-popover';
const SHOW_DELAY = 120;
const HIDE_DELAY = 200;

interface State {
  popover: HTMLDivElement | null;
  live: HTMLElement | null;
  current: HTMLAnchorElement | null;
  showTimer: number | undefined;
  hideTimer: number | undefined;
  touchOpened: HTMLAnchorElement | null;
}

const state: State = {
  popover: null,
  live: null,
  current: null,
  showTimer: undefined,
  hideTimer: undefined,
  touchOpened: null,
};

function citationOf(target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const a = target.closest('a.zd-cite[aria-describedby]');
  return a instanceof HTMLAnchorElement ? a : null;
}

function ensurePopover(): HTMLDivElement {
  if (state.popover?.isConnected) return state.popover;
  const el = document.createElement('div');
  el.id = POPOVER_ID;
  el.className = 'zd-popover';
  el.hidden = true;
  // the citation already has aria-describedby → the hidden tip; the visual box is not announced twice
  el.setAttribute('aria-hidden', 'true');
  el.addEventListener('mouseenter', () => window.clearTimeout(state.hideTimer));
  el.addEventListener('mouseleave', () => scheduleHide());
  document.body.appendChild(el);
  state.popover = el;
  return el;
}

function liveRegion(): HTMLElement {
  if (state.live?.isConnected) return state.live;
  const el = document.createElement('div');
  el.className = 'zd-live';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  document.body.appendChild(el);
  state.live = el;
  return el;
}

function tipText(link: HTMLAnchorElement): string | null {
  const id = link.getAttribute('aria-describedby');
  if (!id) return null;
  const tip = document.getElementById(id);
  return tip?.textContent ?? null;
}

function place(link: HTMLElement, box: HTMLElement): void {
  const r = link.getBoundingClientRect();
  const margin = 8;
  box.style.left = '0px';
  box.style.top = '0px';
  const w = box.offsetWidth;
  const hgt = box.offsetHeight;
  let left = r.left + window.scrollX;
  const maxLeft = window.scrollX + document.documentElement.clientWidth - w - margin;
  left = Math.max(window.scrollX + margin, Math.min(left, maxLeft));
  let top = r.bottom + window.scrollY + 6;
  if (r.bottom + hgt + 6 > window.innerHeight && r.top - hgt - 6 > 0) top = r.top + window.scrollY - hgt - 6;
  box.style.left = `${Math.round(left)}px`;
  box.style.top = `${Math.round(top)}px`;
}

function show(link: HTMLAnchorElement, withLink: boolean): void {
  const text = tipText(link);
  if (!text) return;
  window.clearTimeout(state.hideTimer);
  const box = ensurePopover();
  box.textContent = '';
  const body = document.createElement('div');
  body.className = 'zd-popover-text';
  body.textContent = text;
  box.appendChild(body);
  if (withLink) {
    const go = document.createElement('a');
    go.href = link.href;
    go.className = 'zd-popover-go';
    go.textContent = '前往 →';
    box.appendChild(go);
    box.removeAttribute('aria-hidden');
  } else box.setAttribute('aria-hidden', 'true');
  box.hidden = false;
  place(link, box);
  state.current = link;
  link.setAttribute('aria-expanded', 'true');
}

function hide(): void {
  window.clearTimeout(state.showTimer);
  window.clearTimeout(state.hideTimer);
  if (state.popover) state.popover.hidden = true;
  state.current?.removeAttribute('aria-expanded');
  state.current = null;
  state.touchOpened = null;
}

function scheduleHide(): void {
  window.clearTimeout(state.hideTimer);
  state.hideTimer = window.setTimeout(hide, HIDE_DELAY);
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
    /* fall through */
  }
  return copyFallback(text);
}

async function onCopy(link: HTMLAnchorElement): Promise<void> {
  const cite = link.dataset['zdCite'] ?? '';
  const anchor = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^#/, ''));
  const url = `${location.origin}${location.pathname}${location.search}#${anchor}`;
  const text = `${cite} ${url}`;
  history.replaceState(history.state, '', `#${encodeURIComponent(anchor)}`);
  const ok = await copyText(text);
  if (!ok) {
    window.prompt('复制引用', text);
    return;
  }
  link.dataset['copied'] = '';
  liveRegion().textContent = `已复制：${cite}`;
  window.setTimeout(() => {
    delete link.dataset['copied'];
  }, 1500);
}

function init(): void {
  const doc = document as Document & { zdCitations?: boolean };
  if (doc.zdCitations) return;
  doc.zdCitations = true;

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const copy = target?.closest('a.zd-copy[data-zd-cite]');
    if (copy instanceof HTMLAnchorElement) {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      void onCopy(copy);
      return;
    }
    const link = citationOf(target);
    if (!link && state.current && !state.popover?.contains(target)) hide();
  });

  // touch: first tap opens, second tap follows
  document.addEventListener('pointerup', (e) => {
    if (e.pointerType !== 'touch') return;
    const link = citationOf(e.target);
    if (!link) return;
    if (state.touchOpened === link) return; // let the click navigate
    const preventNextClick = (ev: Event): void => {
      ev.preventDefault();
    };
    link.addEventListener('click', preventNextClick, { once: true, capture: true });
    window.setTimeout(() => link.removeEventListener('click', preventNextClick, { capture: true }), 600);
    show(link, true);
    state.touchOpened = link;
  });

  document.addEventListener('mouseover', (e) => {
    if (state.touchOpened) return;
    const link = citationOf(e.target);
    if (!link) return;
    window.clearTimeout(state.hideTimer);
    if (state.current === link) return;
    window.clearTimeout(state.showTimer);
    state.showTimer = window.setTimeout(() => show(link, false), SHOW_DELAY);
  });
  document.addEventListener('mouseout', (e) => {
    if (state.touchOpened) return;
    const link = citationOf(e.target);
    if (!link) return;
    const to = e.relatedTarget;
    if (to instanceof Node && (link.contains(to) || state.popover?.contains(to))) return;
    window.clearTimeout(state.showTimer);
    scheduleHide();
  });

  document.addEventListener('focusin', (e) => {
    const link = citationOf(e.target);
    if (link) show(link, false);
    else if (state.current && !(e.target instanceof Node && state.popover?.contains(e.target))) hide();
  });
  document.addEventListener('focusout', (e) => {
    if (citationOf(e.target)) scheduleHide();
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.current) {
      const link = state.current;
      hide();
      if (document.activeElement !== link && state.popover?.contains(document.activeElement)) link.focus();
    }
  });

  window.addEventListener('resize', () => {
    if (state.current && state.popover && !state.popover.hidden) place(state.current, state.popover);
  });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
  else init();
}

export {};
