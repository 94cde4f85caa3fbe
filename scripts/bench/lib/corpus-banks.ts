/** Part of the synthetic corpus generator (scripts/bench/generate-corpus.ts): the word banks and numerals the texts are made from (data). */

export type Status = 'reaffirmed' | 'revised' | 'new' | 'abolished';
// ---------------------------------------------------------------------------
// Numerals (standalone: the generator does not depend on the engine it benchmarks)
// ---------------------------------------------------------------------------

export const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function cn(n: number): string {
  if (n < 10) return CN[n] as string;
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  const h = `${CN[Math.floor(n / 100)]}百`;
  const r = n % 100;
  if (r === 0) return h;
  if (r < 10) return `${h}零${CN[r]}`;
  return `${h}${CN[Math.floor(r / 10)]}十${r % 10 ? CN[r % 10] : ''}`;
}

// ---------------------------------------------------------------------------
// Banks
// ---------------------------------------------------------------------------

export interface Topic {
  name: string;
  slug: string;
  chapter: string;
  keywords: string[];
}

export const TOPICS: Topic[] = [
  { name: '考勤', slug: 'kaoqin', chapter: 'kaoqin', keywords: ['签到', '迟到', '早退'] },
  { name: '请销假', slug: 'qingxiaojia', chapter: 'kaoqin', keywords: ['请假', '销假', '休假'] },
  { name: '外出报备', slug: 'waichu', chapter: 'kaoqin', keywords: ['外出', '下村', '报备'] },
  { name: '年休假', slug: 'nianxiujia', chapter: 'kaoqin', keywords: ['休假', '年假'] },
  { name: '公务接待', slug: 'jiedai', chapter: 'jiedai-yongche', keywords: ['陪餐', '接待', '公函'] },
  { name: '公务用车', slug: 'yongche', chapter: 'jiedai-yongche', keywords: ['公车', '派车', '用车'] },
  { name: '机关食堂', slug: 'shitang', chapter: 'jiedai-yongche', keywords: ['就餐', '食堂'] },
  { name: '会议', slug: 'huiyi', chapter: 'huiyi', keywords: ['开会', '会议纪律'] },
  { name: '会议费', slug: 'huiyifei', chapter: 'huiyi', keywords: ['会议经费', '报销'] },
  { name: '机关例会', slug: 'lihui', chapter: 'huiyi', keywords: ['周例会', '例会'] },
  { name: '差旅费', slug: 'chailv', chapter: 'caiwu-zichan', keywords: ['出差', '住宿', '报销'] },
  { name: '财务报销', slug: 'baoxiao', chapter: 'caiwu-zichan', keywords: ['报销', '发票', '审批'] },
  { name: '固定资产', slug: 'zichan', chapter: 'caiwu-zichan', keywords: ['资产', '登记', '处置'] },
  { name: '政府采购', slug: 'caigou', chapter: 'caiwu-zichan', keywords: ['采购', '招标', '询价'] },
  { name: '公务卡', slug: 'gongwuka', chapter: 'caiwu-zichan', keywords: ['刷卡', '结算'] },
  { name: '专项资金', slug: 'zhuanxiang', chapter: 'caiwu-zichan', keywords: ['资金', '拨付'] },
  { name: '办公用品', slug: 'bangong', chapter: 'caiwu-zichan', keywords: ['领用', '耗材'] },
  { name: '公文处理', slug: 'gongwen', chapter: 'gongwen-dangan', keywords: ['发文', '收文', '文号'] },
  { name: '印章', slug: 'yinzhang', chapter: 'gongwen-dangan', keywords: ['用印', '盖章', '公章'] },
  { name: '档案', slug: 'dangan', chapter: 'gongwen-dangan', keywords: ['归档', '借阅'] },
  { name: '保密', slug: 'baomi', chapter: 'gongwen-dangan', keywords: ['涉密', '密级'] },
  { name: '信息报送', slug: 'xinxi', chapter: 'gongwen-dangan', keywords: ['信息', '报送'] },
  { name: '值班', slug: 'zhiban', chapter: 'zhiban-anquan', keywords: ['值班', '带班'] },
  { name: '安全生产', slug: 'anquan', chapter: 'zhiban-anquan', keywords: ['安全', '隐患'] },
  { name: '防汛抗旱', slug: 'fangxun', chapter: 'zhiban-anquan', keywords: ['防汛', '汛期'] },
  { name: '森林防火', slug: 'fanghuo', chapter: 'zhiban-anquan', keywords: ['防火', '野外用火'] },
  { name: '应急物资', slug: 'wuzi', chapter: 'zhiban-anquan', keywords: ['物资', '储备'] },
  { name: '网络安全', slug: 'wangluo', chapter: 'zhiban-anquan', keywords: ['网络', '信息系统'] },
  { name: '督查督办', slug: 'ducha', chapter: 'xiaoneng-duche', keywords: ['督办', '催办'] },
  { name: '首问负责', slug: 'shouwen', chapter: 'xiaoneng-duche', keywords: ['首问', '接待'] },
  { name: '限时办结', slug: 'xianshi', chapter: 'xiaoneng-duche', keywords: ['时限', '办结'] },
  { name: '一次性告知', slug: 'gaozhi', chapter: 'xiaoneng-duche', keywords: ['告知', '补正'] },
  { name: 'AB岗', slug: 'abgang', chapter: 'xiaoneng-duche', keywords: ['顶岗', '代岗'] },
  { name: '明查暗访', slug: 'anfang', chapter: 'xiaoneng-duche', keywords: ['暗访', '检查'] },
  { name: '效能问责', slug: 'wenze', chapter: 'xiaoneng-duche', keywords: ['问责', '通报'] },
  { name: '年度考核', slug: 'kaohe', chapter: 'ganbu-guanli', keywords: ['考核', '优秀'] },
  { name: '驻村干部', slug: 'zhucun', chapter: 'ganbu-guanli', keywords: ['驻村', '走访'] },
  { name: '作风民主评议', slug: 'pingyi', chapter: 'ganbu-guanli', keywords: ['评议', '满意度'] },
  { name: '干部教育培训', slug: 'peixun', chapter: 'ganbu-guanli', keywords: ['培训', '学时'] },
  { name: '企业服务', slug: 'qiye', chapter: 'jingji-fuwu', keywords: ['企业', '专员'] },
  { name: '项目代办', slug: 'daiban', chapter: 'jingji-fuwu', keywords: ['代办', '审批'] },
  { name: '招商引资', slug: 'zhaoshang', chapter: 'jingji-fuwu', keywords: ['招商', '项目'] },
  { name: '工程建设项目', slug: 'gongcheng', chapter: 'jingji-fuwu', keywords: ['工程', '验收'] },
  { name: '廉政谈话', slug: 'tanhua', chapter: 'lianzheng', keywords: ['谈话', '提醒'] },
  { name: '述职述廉', slug: 'shuzhi', chapter: 'lianzheng', keywords: ['述职', '述廉'] },
  { name: '党风廉政建设', slug: 'lianzheng', chapter: 'lianzheng', keywords: ['廉政', '一岗双责'] },
  { name: '廉政文化', slug: 'lianzhengwenhua', chapter: 'lianzheng', keywords: ['廉政教育', '警示'] },
  { name: '机关干部学习', slug: 'xuexi', chapter: 'xuexi', keywords: ['学习', '学习笔记'] },
  { name: '中心组学习', slug: 'zhongxinzu', chapter: 'xuexi', keywords: ['中心组', '研讨'] },
  { name: '机关文化建设', slug: 'wenhua', chapter: 'xuexi', keywords: ['文体活动', '标兵'] },
  { name: '政务公开', slug: 'gongkai', chapter: 'yishi-juece', keywords: ['公开', '公示'] },
  { name: '党务公开', slug: 'dangwu', chapter: 'yishi-juece', keywords: ['党务', '公开栏'] },
  { name: '集体决策', slug: 'juece', chapter: 'yishi-juece', keywords: ['决策', '议事'] },
  { name: '村务监督', slug: 'cunwu', chapter: 'yishi-juece', keywords: ['村务', '监督委员会'] },
  { name: '信访接待', slug: 'xinfang', chapter: 'shehui-shiwu', keywords: ['信访', '接访'] },
  { name: '矛盾纠纷排查', slug: 'maodun', chapter: 'shehui-shiwu', keywords: ['纠纷', '调解'] },
  { name: '社会救助', slug: 'jiuzhu', chapter: 'shehui-shiwu', keywords: ['救助', '低保'] },
  { name: '临时救助', slug: 'linshi', chapter: 'shehui-shiwu', keywords: ['临时救助', '急难'] },
  { name: '便民服务窗口', slug: 'chuangkou', chapter: 'shehui-shiwu', keywords: ['窗口', '办事'] },
  { name: '养老服务', slug: 'yanglao', chapter: 'shehui-shiwu', keywords: ['养老', '老年人'] },
  { name: '残疾人帮扶', slug: 'canji', chapter: 'shehui-shiwu', keywords: ['残疾人', '帮扶'] },
  { name: '退役军人服务', slug: 'tuiyi', chapter: 'shehui-shiwu', keywords: ['退役军人', '优抚'] },
  { name: '网格化管理', slug: 'wangge', chapter: 'shehui-shiwu', keywords: ['网格', '网格员'] },
  { name: '志愿服务', slug: 'zhiyuan', chapter: 'shehui-shiwu', keywords: ['志愿者', '服务时长'] },
];

export interface Kind {
  title: string;
  slug: string;
  short: string;
  self: string;
}

export const KINDS: Kind[] = [
  { title: '管理制度', slug: 'guanli-zhidu', short: '制度', self: '制度' },
  { title: '管理办法', slug: 'guanli-banfa', short: '办法', self: '办法' },
  { title: '工作规则', slug: 'gongzuo-guize', short: '规则', self: '规则' },
  { title: '实施细则', slug: 'shishi-xize', short: '细则', self: '细则' },
  { title: '工作制度', slug: 'gongzuo-zhidu', short: '制度', self: '制度' },
  { title: '暂行规定', slug: 'zanxing-guiding', short: '规定', self: '规定' },
  { title: '工作规范', slug: 'gongzuo-guifan', short: '规范', self: '规范' },
];

export const QUALIFIERS = [
  { title: '', slug: '' },
  { title: '机关', slug: 'jiguan-' },
  { title: '镇属单位', slug: 'zhenshu-' },
  { title: '村（社区）', slug: 'cun-' },
];

export const BODIES = ['镇党委会', '镇党政联席会议', '镇政府常务会议'];
export const PREFIXES = ['XX委发', 'XX政发', 'XX政办发', 'XX纪发'];
export const ACTORS = [
  '机关工作人员',
  '各办（所、中心）',
  '承办人员',
  '部门负责人',
  '分管领导',
  '经办人',
  '值班人员',
  '驻村干部',
];
export const OFFICES = [
  '党政办',
  '党建办',
  '组织办',
  '纪检监察办',
  '财政所',
  '经服中心',
  '民政科',
  '应急办',
  '综治办',
  '便民服务中心',
];
export const PRINCIPLES = [
  '依法依规',
  '统一领导',
  '分级负责',
  '公开透明',
  '厉行节约',
  '便民高效',
  '权责一致',
  '注重实效',
  '实事求是',
  '从严管理',
];
export const GOALS = [
  '加强和规范{t}工作，提高工作效率和服务水平',
  '规范{t}管理，明确工作责任，防范廉政风险',
  '推进{t}工作制度化、规范化、程序化',
  '严明工作纪律，强化{t}工作的监督管理',
  '建立健全{t}工作机制，保障各项工作有序开展',
];
export const SCOPES = [
  '镇党委、镇人大、镇政府及所属各办（所、中心）和镇属事业单位',
  '镇机关全体工作人员，包括公务员、参照公务员法管理人员、事业编制人员和编外聘用人员',
  '镇机关各部门和各村（社区）',
  '镇机关和镇属各单位的{t}工作',
];
export const DUTIES = [
  '建立{t}工作台账，如实记录办理情况',
  '按照规定的权限和程序办理{t}事项，不得越权审批',
  '对{t}工作中发现的问题及时报告并督促整改',
  '定期向镇党委、镇政府报告{t}工作情况',
  '做好{t}有关材料的收集、整理和归档工作',
  '加强对{t}工作人员的业务培训和廉政教育',
  '落实{t}工作的日常检查和年度考核',
  '配合有关部门开展{t}工作的监督检查',
  '对涉及群众切身利益的{t}事项进行公示',
  '保守工作秘密，不得泄露{t}工作中知悉的个人信息',
];
export const FORBIDDEN = [
  '弄虚作假、虚报冒领的',
  '擅自扩大范围或者提高标准的',
  '未经批准擅自办理的',
  '推诿扯皮、敷衍塞责的',
  '利用职务便利谋取私利的',
  '违反规定收受礼品礼金的',
  '拒不执行审批决定的',
  '隐瞒不报、迟报漏报的',
  '造成不良社会影响的',
];
export const STEPS = [
  '经办人填写申请表，写明事由、时间和有关情况',
  '部门负责人审核，签署意见',
  '分管领导审批',
  '涉及重大事项的，报镇长审批',
  '党政办登记备案',
  '办理完毕后，经办人及时反馈办理结果',
  '财政所审核票据和支出标准',
  '纪检监察办进行监督',
];
export const CLOSING = [
  '确因工作需要的，经分管领导批准后，可以适当调整。',
  '情况紧急的，可以先行办理，事后在1个工作日内补办手续。',
  '有关部门应当加强协调配合，形成工作合力。',
  '具体实施办法由{o}另行制定。',
  '{o}应当将办理情况纳入年度考核。',
];
export const SUBITEMS = ['书面申请材料', '相关证明文件', '经办人签字的清单', '审批表原件', '现场照片等佐证材料'];
