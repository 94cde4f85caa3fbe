/**
 * Word fixtures built in code with the `docx` library, shaped like the office's real files:
 * a title in 小标宋, a 题注, a 文号, 第X条 typed or drawn by Word's list numbering, （一） items,
 * a table, 附件 with a form, a right-aligned 落款.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';

const BODY = { font: '仿宋_GB2312', size: 32 };

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, font: '方正小标宋简体', size: 44 })],
  });
}
function centred(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...BODY })] });
}
function body(text: string, options: { bold?: string } = {}): Paragraph {
  const children = options.bold
    ? [new TextRun({ text: options.bold, bold: true, ...BODY }), new TextRun({ text, ...BODY })]
    : [new TextRun({ text, ...BODY })];
  return new Paragraph({ indent: { firstLine: 640 }, children });
}
function right(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, ...BODY })] });
}
function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
    ),
  });
}
const pack = (document: Document) => Packer.toBuffer(document);

/** 第X条 and （一） drawn by Word list numbering (numbering.xml), not typed. */
export function listNumberedDocx(): Promise<Buffer> {
  const article = (text: string) =>
    new Paragraph({ numbering: { reference: 'articles', level: 0 }, children: [new TextRun({ text, ...BODY })] });
  const item = (text: string, instance: number) =>
    new Paragraph({
      numbering: { reference: 'items', level: 0, instance },
      children: [new TextRun({ text, ...BODY })],
    });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'articles',
          levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1条', suffix: LevelSuffix.SPACE }],
        },
        {
          reference: 'items',
          levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', suffix: LevelSuffix.NOTHING }],
        },
      ],
    },
    sections: [
      {
        children: [
          title('机关值班和领导带班制度'),
          centred('（2019年4月2日镇党政联席会议审议通过　2023年3月5日镇党政联席会议修订）'),
          article('为了加强镇机关值班工作，及时处置突发事件，结合我镇实际，制定本制度。'),
          article('镇机关实行24小时值班和领导带班制度。值班人员应当履行下列职责：'),
          item('接听值班电话，做好值班记录；', 1),
          item('及时报告突发事件信息；', 1),
          item('办理领导交办的其他事项。', 1),
          article('带班领导应当保持通讯畅通，遇有重大情况，应当立即赶赴现场。带班领导的职责是：'),
          item('督促检查值班人员在岗情况；', 2),
          item('组织处置夜间和节假日发生的紧急事项。', 2),
          article('值班人员不得擅自离岗。违反本制度第二条规定的，按照有关规定处理。'),
          article('本制度由镇党政综合办公室负责解释。'),
          article('本制度自2023年4月1日起施行。'),
          right('XX镇人民政府'),
          right('2023年3月5日'),
        ],
      },
    ],
  });
  return pack(document);
}

/** A rule with a table inside an article. */
export function tableDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          title('机关会议室使用管理规定'),
          centred('（2024年6月12日镇党政联席会议通过）'),
          body('第一条　为了规范镇机关会议室的使用和管理，制定本规定。'),
          body('第二条　会议室由镇党政综合办公室统一管理，实行预约登记。各会议室的容量和用途如下：'),
          table([
            ['会议室', '座位数', '主要用途'],
            ['一号会议室', '60', '党委会、党政联席会议'],
            ['二号会议室', '20', '部门会议、来客接待'],
          ]),
          body('第三条　使用会议室应当提前一个工作日预约；临时召开的紧急会议，可以随时协调安排。'),
          body('第四条　本规定自印发之日起施行。'),
        ],
      },
    ],
  });
  return pack(document);
}

/** A rule with chapters, a 文号, bold text, and two 附件 (one a form, as a table). */
export function attachmentsDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          title('XX镇机关来客接待管理办法'),
          centred('XX政办发〔2022〕7号'),
          centred('（2022年5月16日镇党政联席会议审议通过）'),
          centred('第一章　总则'),
          body('为了规范公务接待管理，厉行节约，根据《党政机关国内公务接待管理规定》，制定本办法。', {
            bold: '第一条　',
          }),
          body('本办法适用于镇机关各部门。', { bold: '第二条　' }),
          centred('第二章　接待管理'),
          body('公务接待实行审批制度。接待单位应当填写公务接待审批单（见附件1），报分管领导审批。', {
            bold: '第三条　',
          }),
          body('接待对象应当按照规定标准自行用餐。确因工作需要安排工作餐的，应当严格控制陪餐人数：', {
            bold: '第四条　',
          }),
          body('（一）接待对象在10人以内的，陪餐人数不得超过3人；'),
          body('（二）超过10人的，不得超过接待对象人数的三分之一。'),
          body('接待结束后，应当填写公务接待清单（见附件2），作为报销凭证。', { bold: '第五条　' }),
          centred('第三章　附则'),
          body('本办法由镇党政综合办公室负责解释。', { bold: '第六条　' }),
          body('本办法自2022年6月1日起施行。', { bold: '第七条　' }),
          body('附件：1．公务接待审批单'),
          body('2．公务接待清单'),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ children: [new TextRun({ text: '附件1', font: '黑体', size: 32 })] }),
          title('公务接待审批单'),
          table([
            ['接待单位', '', '来宾人数', ''],
            ['接待事由', '', '', ''],
            ['审批意见', '', '', ''],
          ]),
          new Paragraph({ children: [new TextRun({ text: '附件2', font: '黑体', size: 32 })] }),
          title('公务接待清单'),
          table([
            ['日期', '接待对象', '人数', '费用（元）'],
            ['', '', '', ''],
          ]),
        ],
      },
    ],
  });
  return pack(document);
}

/** 题注 with two steps, 文号, 施行 sentence, 节 under 章, and items with 目. */
export function captionDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          title('机关财务报销审批规定'),
          centred('XX政发〔2018〕45号'),
          centred('（2018年3月1日镇政府常务会议通过　2021年9月8日镇党政联席会议修订）'),
          centred('第一章　总则'),
          body('第一条　为了加强镇机关财务管理，规范报销审批，制定本规定。'),
          body('第二条　镇财政所负责本规定的组织实施。'),
          centred('第二章　审批权限'),
          centred('第一节　一般支出'),
          body('第三条　单笔支出的审批权限如下：'),
          body('（一）5000元以下的，由分管领导审批；'),
          body('（二）5000元以上的，按照下列规定审批：'),
          body('1．金额在5000元以上2万元以下的，由镇长审批；'),
          body('2．金额在2万元以上的，由镇党政联席会议集体研究决定。'),
          centred('第二节　专项支出'),
          body('第四条　专项资金支出，按照本规定第三条的权限审批，并报镇财政所备案。'),
          centred('第三章　附则'),
          body('第五条　本规定自2021年10月1日起施行。'),
        ],
      },
    ],
  });
  return pack(document);
}

/**
 * 章 and 条 as one multi-level Word list (第%1章 / 第%2条), 条 numbered through the whole text
 * (w:lvlRestart 0, which docx cannot write, so it is added to numbering.xml afterwards).
 */
export async function multiLevelDocx(): Promise<Buffer> {
  const level = (ilvl: 0 | 1, text: string) =>
    new Paragraph({ numbering: { reference: 'outline', level: ilvl }, children: [new TextRun({ text, ...BODY })] });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', suffix: LevelSuffix.SPACE },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '第%2条', suffix: LevelSuffix.SPACE },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          title('机关档案借阅规定'),
          centred('（2020年9月1日镇党政联席会议通过）'),
          level(0, '总则'),
          level(1, '为了规范档案借阅，制定本规定。'),
          level(1, '本规定适用于镇机关各部门。'),
          level(0, '借阅'),
          level(1, '借阅档案应当登记。'),
          level(1, '本规定自印发之日起施行。'),
        ],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await pack(document));
  const numbering = await zip.file('word/numbering.xml')!.async('string');
  zip.file('word/numbering.xml', numbering.replace(/(<w:lvl [^>]*w:ilvl="1"[^>]*>)/g, '$1<w:lvlRestart w:val="0"/>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}
