import { describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/editions/redirects.ts';
import { toAstroRedirects } from '../../src/editions/site-redirects.ts';

describe('declared redirects in the built site', () => {
  const { redirects } = parseRedirects('- from: kaoqin/qiandao\n  to: kaoqin/jiguan-kaoqin\n');

  it('keeps the old address of a moved regulation, at the site root', () => {
    expect(toAstroRedirects(redirects, '/')).toEqual({ '/kaoqin/qiandao/': '/kaoqin/jiguan-kaoqin/' });
  });

  it('sends readers to the new address under a sub-path deployment', () => {
    expect(toAstroRedirects(redirects, '/zhidu/')).toEqual({ '/kaoqin/qiandao/': '/zhidu/kaoqin/jiguan-kaoqin/' });
    expect(toAstroRedirects(redirects, '/zhidu')).toEqual({ '/kaoqin/qiandao/': '/zhidu/kaoqin/jiguan-kaoqin/' });
  });
});
