/** The 公文 page as Word reads it from the exported XML (LibreOffice's rendering: libreoffice.test.ts). */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { exportCollection, exportRegulation } from '../../src/word/export-document.ts';
import { REPO } from './helpers.ts';

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('Word export layout (GB/T 9704-2012)', () => {
  let documentXml: string;
  let fontTable: string;
  let footers: string[];
  let settings: string;

  beforeAll(async () => {
    const model = await loadHandbookModel(REPO);
    const regulation = model.current.regulations.find((r) => r.id === 'kaoqin/qingxiaojia')!;
    const zip = await JSZip.loadAsync(await exportRegulation(regulation));
    documentXml = await zip.file('word/document.xml')!.async('string');
    fontTable = await zip.file('word/fontTable.xml')!.async('string');
    settings = await zip.file('word/settings.xml')!.async('string');
    footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
  });

  it('is A4 with the 156 × 225 mm type area and a 22-line grid', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="1190\d" w:h="1683\d"/);
    const margins = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(documentXml)!;
    const [top, right, bottom, left] = margins.slice(1).map(Number) as [number, number, number, number];
    expect(Math.abs(mmToTwips(210) - left - right - mmToTwips(156))).toBeLessThanOrEqual(3);
    expect(Math.abs(mmToTwips(297) - top - bottom - mmToTwips(225))).toBeLessThanOrEqual(3);
    const pitch = Number(/<w:docGrid w:type="lines" w:linePitch="(\d+)"/.exec(documentXml)?.[1]);
    expect(Math.floor(mmToTwips(225) / pitch)).toBe(22);
  });

  it('names 小标宋 for the title, 仿宋_GB2312 三号 for the body, 黑体 for 第X条, with fallbacks', () => {
    expect(documentXml).toContain('w:eastAsia="方正小标宋简体"');
    expect(documentXml).toMatch(
      /w:eastAsia="黑体"[^>]*\/>(?:<w:spacing [^>]*\/>)?<w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t[^>]*>第一条<\/w:t>/,
    );
    // 28 characters of 16 pt to the 156 mm line: each character gives up a quarter point.
    expect(documentXml).toContain('<w:spacing w:val="-5"/>');
    expect(documentXml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('numbers pages `— N —` in 四号 on the outer side: odd pages right, even pages left', () => {
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const sides = footers.map((xml) => /<w:jc w:val="(left|right|start|end)"\/>/.exec(xml)?.[1]).sort();
    expect(sides).toEqual(['left', 'right']);
    for (const xml of footers) {
      expect(xml).toContain('<w:sz w:val="28"/>');
      expect(xml).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
    }
  });

  it('exports a chapter with every regulation in force, each from a new page', async () => {
    const model = await loadHandbookModel(REPO);
    const chapter = model.chapters.find((c) => c.key === 'kaoqin')!;
    const zip = await JSZip.loadAsync((await exportCollection(model.current, model.chapters, chapter))!);
    const xml = await zip.file('word/document.xml')!.async('string');
    const titles = model.current.regulations
      .filter((r) => r.chapter === 'kaoqin' && r.data.status !== 'abolished')
      .map((r) => r.data.title);
    for (const title of titles) expect(xml).toContain(`>${title}</w:t>`);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(titles.length - 1);
    expect(xml).toContain('第四类　考勤与请销假');
  });
});
