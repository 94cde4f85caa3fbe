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

/**
 * 某日施行的制度 (/versions/): with `?date=`, each regulation shows the one text in force that day
 * (`[data-f][data-u]`); regulations with none that day are hidden and counted.
 */
function filterHandbook(): void {
  const list = document.getElementById('zd-asat');
  const date = new URLSearchParams(location.search).get('date');
  if (!list || !date || !DATE.test(date)) return;
  let shown = 0;
  let absent = 0;
  for (const regulation of list.querySelectorAll<HTMLElement>('.zd-asat__regulation')) {
    let found = false;
    for (const text of regulation.querySelectorAll<HTMLElement>('[data-f]')) {
      const from = text.dataset['f'] ?? '';
      const until = text.dataset['u'];
      const inForce = from <= date && (!until || date < until);
      text.hidden = !inForce;
      found ||= inForce;
    }
    regulation.hidden = !found;
    if (found) shown++;
    else absent++;
  }
  const input = document.querySelector<HTMLInputElement>('.zd-asat__form input[name="date"]');
  if (input) input.value = date;
  const summary = document.getElementById('zd-asat-summary');
  if (summary)
    summary.textContent = `${chineseDate(date)}施行的制度共 ${shown} 项（另有 ${absent} 项当天尚未施行或已经废止，未列出）。`;
}

followDate();
filterHandbook();
