import { scanCitations } from '../../src/engine/scan.ts';
for (const t of ['依照本条例第三条第二款的规定。','依照本制度第三条第二款的规定。','本条例第三条']) console.log(t, JSON.stringify(scanCitations(t, { from: 0, inArticle: true }).map(c=>[c.kind,c.start,c.end])));
