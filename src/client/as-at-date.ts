/**
 * `…/<slug>/?date=2026-08-10` opens the text of the regulation in force that day.
 *
 * The page embeds its periods as tiny JSON (`<script type="application/json" id="zd-periods"
 * data-base="/">[{"f":"2026-04-01","u":"2026-06-10","p":"versions/…/2026-04-01/"}, …]`); this
 * script picks the row whose period holds the date and replaces the location with its page (same
 * query kept, so the bar can say which day was asked for). When no text was in force that day, it
 * says so in `#zd-date-result` instead of moving. The 查看某日施行的文本 form submits `?date=`.
 */

interface PeriodRow {
  f: string;
  u?: string;
  p: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readPeriods(): { rows: PeriodRow[]; base: string } | undefined {
  const element = document.getElementById('zd-periods');
  if (!element?.textContent) return undefined;
  try {
    return { rows: JSON.parse(element.textContent) as PeriodRow[], base: element.dataset['base'] ?? '/' };
  } catch {
    return undefined;
  }
}

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function show(message: string): void {
  const output = document.getElementById('zd-date-result');
  if (output) {
    output.textContent = message;
    output.hidden = false;
  }
}

function followDate(): void {
  const date = new URLSearchParams(location.search).get('date');
  if (!date) return;
  const periods = readPeriods();
  if (!periods) return;
  if (!DATE.test(date)) {
    show(`日期“${date}”的格式不对，请写成 年-月-日，例如 2026-08-10。`);
    return;
  }
  const row = periods.rows.find((candidate) => candidate.f <= date && (!candidate.u || date < candidate.u));
  if (!row) {
    const first = periods.rows[0];
    const last = periods.rows.at(-1);
    if (first && date < first.f)
      show(`${chineseDate(date)}本制度尚未施行（现存最早的文本自${chineseDate(first.f)}起施行）。`);
    else if (last?.u && date >= last.u)
      show(`${chineseDate(date)}本制度已经废止（${chineseDate(last.u)}起不再施行）。`);
    else show(`没有找到${chineseDate(date)}施行的文本。`);
    return;
  }
  const target = `${periods.base.replace(/\/?$/, '/')}${row.p}`;
  if (decodeURI(location.pathname) === target) return;
  location.replace(`${target}${location.search}`);
}

followDate();
