import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { STATUS_LABELS, type RegulationStatus } from '../schema/index.ts';
import { CURRENT_EDITION } from '../handbook/content-tree.ts';
import { groupByChapter, compareRegulations, isInForce } from '../handbook/grouping.ts';
import type { ChapterEntry, EditionModel, HandbookModel, Regulation } from '../handbook/model.ts';
import { chapterPath, departmentPath, editionHomePath, regulationPath, statusPath, withBase } from './urls.ts';

/**
 * Most regulation links a sidebar group lists. A longer chapter shows the ones around the reader's page and a
 * link to the chapter page, which lists them all: a page's size must not grow with the corpus.
 */
export const GROUP_LINK_LIMIT = 24;

type SidebarEntry = StarlightRouteData['sidebar'][number];
type Badge = NonNullable<SidebarEntry['badge']>;

const BADGE_VARIANTS: Record<RegulationStatus, Badge['variant']> = {
  reaffirmed: 'default',
  revised: 'caution',
  new: 'success',
  abolished: 'danger',
};

export function statusBadge(status: RegulationStatus): Badge {
  return { text: STATUS_LABELS[status], variant: BADGE_VARIANTS[status] };
}

/** Where the reader is: which edition, chapter and page (path without the base). */
export interface SidebarLocation {
  edition: string;
  chapter?: string;
  path: string;
}

/** Reads edition and chapter from a site path such as `2025/kaoqin/qingxiaojia/`. */
export function locate(path: string, model: HandbookModel): SidebarLocation {
  const segments = path.split('/').filter(Boolean);
  const archived = model.archived.find((edition) => edition.key === segments[0]);
  const edition = archived ? archived.key : CURRENT_EDITION;
  const rest = archived ? segments.slice(1) : segments;
  const chapter = model.chapters.some((entry) => entry.key === rest[0]) ? rest[0] : undefined;
  return { edition, path: segments.length > 0 ? `${segments.join('/')}/` : '', ...(chapter ? { chapter } : {}) };
}

function link(base: string, label: string, path: string, location: SidebarLocation, badge?: Badge): SidebarEntry {
  return { type: 'link', label, href: withBase(base, path), isCurrent: path === location.path, badge, attrs: {} };
}

function regulationLink(base: string, regulation: Regulation, location: SidebarLocation): SidebarEntry {
  const label = regulation.data.shortTitle ?? regulation.data.title;
  return link(
    base,
    label,
    regulationPath(regulation.id, regulation.edition),
    location,
    statusBadge(regulation.data.status),
  );
}

/** A page of the 编辑指南, in reading order. */
export interface GuideLink {
  label: string;
  path: string;
}

/**
 * The slice of `items` a group shows: all of them up to the limit, else `limit` around the one at `current`
 * (the first ones when the page is not among them).
 */
export function visibleWindow<T>(items: readonly T[], current: number, limit = GROUP_LINK_LIMIT): T[] {
  if (items.length <= limit) return [...items];
  const start = current < 0 ? 0 : Math.min(Math.max(0, current - Math.floor(limit / 2)), items.length - limit);
  return items.slice(start, start + limit);
}

function regulationLinks(
  base: string,
  regulations: readonly Regulation[],
  location: SidebarLocation,
  more: { label: string; path: string },
): SidebarEntry[] {
  const current = regulations.findIndex((r) => regulationPath(r.id, r.edition) === location.path);
  const shown = visibleWindow(regulations, current).map((r) => regulationLink(base, r, location));
  if (shown.length === regulations.length) return shown;
  return [...shown, link(base, more.label, more.path, location)];
}

interface EditionGroups {
  chapters: { chapter: ChapterEntry; regulations: Regulation[] }[];
  abolished: Regulation[];
}

/** Sorting every chapter on every page costs O(N log N) per page; the groups are the same for a whole edition. */
const groupsByEdition = new WeakMap<EditionModel, EditionGroups>();

function editionGroups(model: HandbookModel, edition: EditionModel): EditionGroups {
  let groups = groupsByEdition.get(edition);
  if (!groups) {
    groups = {
      chapters: groupByChapter(edition, model.chapters).filter((group) => group.regulations.length > 0),
      abolished: edition.regulations.filter((regulation) => !isInForce(regulation)).sort(compareRegulations),
    };
    groupsByEdition.set(edition, groups);
  }
  return groups;
}

/**
 * The navigation for one page. Only the reader's chapter lists its regulations, and at most GROUP_LINK_LIMIT of
 * them; other chapters are single links to their chapter pages, so a page's size does not grow with the corpus.
 */
export function buildSidebar(
  model: HandbookModel,
  location: SidebarLocation,
  base: string,
  guide: readonly GuideLink[] = [],
): SidebarEntry[] {
  const edition: EditionModel = model.archived.find((candidate) => candidate.key === location.edition) ?? model.current;
  const isCurrent = edition.key === CURRENT_EDITION;
  const entries: SidebarEntry[] = [
    link(base, isCurrent ? '首页' : `${edition.year}年版首页`, editionHomePath(edition.key), location),
  ];
  if (isCurrent) {
    entries.push(link(base, '按部门查看', departmentPath(), location));
    entries.push(link(base, '按清理结果查看', statusPath(), location));
  }

  // editions: begin (版本 switcher: each edition's home, this edition's changes, all editions)
  if (model.archived.length > 0) {
    entries.push({
      type: 'group',
      label: '版本',
      collapsed: false,
      badge: undefined,
      entries: [
        ...[model.current, ...model.archived].map((candidate) =>
          link(
            base,
            candidate.key === CURRENT_EDITION ? `现行版（${candidate.year}年版）` : `${candidate.year}年版`,
            editionHomePath(candidate.key),
            location,
          ),
        ),
        link(base, `${edition.year}年版变化`, `editions/${edition.year}/`, location),
        link(base, '历年版本', 'editions/', location),
      ],
    });
  }
  // editions: end

  const groups = editionGroups(model, edition);
  const chapterEntries: SidebarEntry[] = groups.chapters.map(({ chapter, regulations }) => {
    const path = chapterPath(chapter.key, edition.key);
    if (chapter.key !== location.chapter) return link(base, chapter.title, path, location);
    return {
      type: 'group',
      label: chapter.title,
      collapsed: false,
      badge: undefined,
      entries: [
        link(base, '本章概览', path, location),
        ...regulationLinks(base, regulations, location, { label: `本章全部 ${regulations.length} 项制度`, path }),
      ],
    };
  });
  entries.push({ type: 'group', label: '制度目录', collapsed: false, badge: undefined, entries: chapterEntries });

  const abolished = groups.abolished;
  if (abolished.length > 0) {
    const holdsCurrentPage = abolished.some(
      (regulation) => regulationPath(regulation.id, regulation.edition) === location.path,
    );
    entries.push({
      type: 'group',
      label: '已废止制度',
      collapsed: !holdsCurrentPage,
      badge: undefined,
      entries: regulationLinks(base, abolished, location, {
        label: isCurrent ? `全部 ${abolished.length} 项已废止制度` : `${edition.year}年版废止情况`,
        path: isCurrent ? `${statusPath()}#abolished` : `editions/${edition.year}/#abolished`,
      }),
    });
  }
  if (isCurrent && guide.length > 0) {
    entries.push({
      type: 'group',
      label: '编辑指南',
      collapsed: !location.path.startsWith('guide/'),
      badge: undefined,
      entries: guide.map((page) => link(base, page.label, page.path, location)),
    });
  }
  return entries;
}
