/**
 * Client script for regulation pages (no framework, event delegation, idempotent).
 *
 * - Citation popover: `a.zd-cite[aria-describedby]` shows the referenced hidden
 *   `<span role="tooltip">` text in a floating box on hover, keyboard focus or tap.
 *   Esc or leaving closes it. On touch, the first tap opens the box (with a 前往 link),
 *   a second tap on the same citation follows the link.
 * - The box never covers the paragraph being read: it goes below that paragraph, or above it when
 *   there is no room below, and only beside the link itself when the paragraph is taller than the
 *   viewport.
 *
 * Copy citation is src/client/copy-citation.ts. Include once on regulation pages.
 */

const POPOVER_ID = 'zd-popover';
const SHOW_DELAY = 120;
const HIDE_DELAY = 200;

interface State {
  popover: HTMLDivElement | null;
  current: HTMLAnchorElement | null;
  showTimer: number | undefined;
  hideTimer: number | undefined;
  touchOpened: HTMLAnchorElement | null;
}

const state: State = {
  popover: null,
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

function tipText(link: HTMLAnchorElement): string | null {
  const id = link.getAttribute('aria-describedby');
  if (!id) return null;
  const tip = document.getElementById(id);
  return tip?.textContent ?? null;
}

/** The block being read: the paragraph (or list item) that holds the citation. */
function readingBlock(link: HTMLElement): HTMLElement {
  return link.closest<HTMLElement>('p, li, td, dd, h2, h3, h4') ?? link;
}

function place(link: HTMLElement, box: HTMLElement): void {
  const margin = 8;
  const gap = 6;
  box.style.left = '0px';
  box.style.top = '0px';
  const w = box.offsetWidth;
  const hgt = box.offsetHeight;
  const r = link.getBoundingClientRect();
  const block = readingBlock(link).getBoundingClientRect();
  const viewport = window.innerHeight;
  const navBottom = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  let left = r.left + window.scrollX;
  const maxLeft = window.scrollX + document.documentElement.clientWidth - w - margin;
  left = Math.max(window.scrollX + margin, Math.min(left, maxLeft));
  let top: number;
  if (block.bottom + gap + hgt <= viewport) top = block.bottom + gap;
  else if (block.top - gap - hgt >= navBottom) top = block.top - gap - hgt;
  else if (r.bottom + gap + hgt <= viewport) top = r.bottom + gap;
  else top = r.top - gap - hgt;
  box.style.left = `${Math.round(left)}px`;
  box.style.top = `${Math.round(top + window.scrollY)}px`;
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

function init(): void {
  const doc = document as Document & { zdCitations?: boolean };
  if (doc.zdCitations) return;
  doc.zdCitations = true;

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
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
