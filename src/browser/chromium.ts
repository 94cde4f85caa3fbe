import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; test tools must never download a browser of their own. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine without internet (no background connections). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class MissingBrowserError extends Error {
  constructor() {
    super(
      `未找到 Chromium 浏览器（${CHROMIUM_PATH}）。生成 PDF 和运行浏览器测试需要它。\n` +
        '请安装：sudo apt-get install -y chromium fonts-noto-cjk（或运行 bash scripts/setup/system-deps.sh）；\n' +
        '如浏览器装在别处，请设置环境变量 CHROMIUM_PATH。',
    );
    this.name = 'MissingBrowserError';
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new MissingBrowserError();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}
