import * as assert from 'node:assert/strict';
import { count, Fixtures, unzipText } from './exportHarness';
import { LIVE_MARKER } from './fixtureStories';

/** One paragraph style's XML from styles.xml, by its id. */
function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  assert.ok(m, `style ${id} is missing`);
  return m[0];
}

describe('export: DOCX in standard manuscript format', function () {
  this.timeout(60_000);
  let fixtures: Fixtures;
  before(async () => {
    fixtures = await Fixtures.create();
  });
  after(() => fixtures.dispose());

  it('reads back as 12 pt Times New Roman, double spaced, half-inch first-line indents, 1-inch margins on US Letter', async () => {
    const files = unzipText((await fixtures.export(fixtures.novel, 'docx')).data);
    const styles = files.get('word/styles.xml')!;
    assert.match(
      styles,
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="24"\/><w:szCs w:val="24"\/>/,
    );
    assert.match(styles, /<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0" w:line="480" w:lineRule="auto"\/>/);
    const normal = styleXml(styles, 'Normal');
    assert.match(normal, /w:default="1"/);
    assert.match(normal, /<w:spacing w:after="0" w:before="0" w:line="480" w:lineRule="auto"\/>/);
    assert.match(normal, /<w:ind w:firstLine="720"\/>/);
    assert.match(normal, /<w:sz w:val="24"\/>/);
    const document = files.get('word/document.xml')!;
    assert.match(document, /<w:pgSz w:w="12240" w:h="15840"/);
    assert.match(document, /<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    // Body paragraphs carry no spacing or font of their own: the style decides.
    assert.ok(!/<w:sz w:val="(?!24")/.test(document), 'a run changes the font size');
  });

  it('has a running header "Surname / SHORT TITLE / page" on every page but the title page', async () => {
    const files = unzipText((await fixtures.export(fixtures.short, 'docx')).data);
    const document = files.get('word/document.xml')!;
    assert.match(document, /<w:titlePg\/>/, 'first page (title page) has its own header');
    const rels = files.get('word/_rels/document.xml.rels')!;
    const headerFile = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(document)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      assert.ok(target, `no ${type} header`);
      return files.get(`word/${target}`)!;
    };
    const header = headerFile('default');
    assert.match(header, /Quill-Marsh \/ THE LIGHTHOUSE KEEPER’S DAUGHTER \/ /);
    assert.match(header, /<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    assert.match(header, /<w:jc w:val="right"\/>|w:styleId|RunningHeader/);
    assert.ok(!/<w:t[ >]/.test(headerFile('first')), 'the title page header is empty');
    assert.match(styleXml(files.get('word/styles.xml')!, 'RunningHeader'), /<w:jc w:val="right"\/>/);
  });

  it('has a title page with the name and the word count rounded as agents expect', async () => {
    const novel = await fixtures.export(fixtures.novel, 'docx');
    const document = unzipText(novel.data).get('word/document.xml')!;
    assert.ok(novel.words > 49_000 && novel.words < 60_000, `novel has ${novel.words} words`);
    const rounded = Math.round(novel.words / 1000) * 1000;
    assert.match(document, new RegExp(`<w:tab/><w:t xml:space="preserve">about ${rounded.toLocaleString('en-US')} words</w:t>`));
    const short = unzipText((await fixtures.export(fixtures.short, 'docx')).data).get('word/document.xml')!;
    assert.match(short, /<w:t xml:space="preserve">Ada Quill-Marsh<\/w:t><\/w:r><w:r><w:tab\/><w:t xml:space="preserve">about \d00 words<\/w:t>/);
    assert.match(short, /<w:t xml:space="preserve">by Ada Quill-Marsh<\/w:t>/);
  });

  it('starts each chapter on a new page and marks scene breaks with a centred #', async () => {
    const files = unzipText((await fixtures.export(fixtures.novel, 'docx')).data);
    const document = files.get('word/document.xml')!;
    assert.equal(count(document, /<w:pStyle w:val="ChapterHeading"\/><w:pageBreakBefore\/>/), 25);
    assert.equal(count(document, /<w:pPr><w:pStyle w:val="SceneBreak"\/><\/w:pPr><w:r><w:t xml:space="preserve">#<\/w:t><\/w:r>/), 25 * 2);
    const styles = files.get('word/styles.xml')!;
    assert.match(styleXml(styles, 'SceneBreak'), /<w:jc w:val="center"\/>/);
    assert.match(styleXml(styles, 'ChapterHeading'), /<w:jc w:val="center"\/>/);
    assert.match(styleXml(styles, 'ChapterHeading'), /<w:keepNext\/>/);
    assert.match(document, /<w:t xml:space="preserve">END<\/w:t>/);
  });

  it('keeps emphasis, block quotes and dialogue punctuation, and nothing that is not prose', async () => {
    const document = unzipText((await fixtures.export(fixtures.short, 'docx')).data).get('word/document.xml')!;
    assert.match(
      document,
      /<w:t xml:space="preserve">“You’re late,” said Mara. “The lamp won’t light <\/w:t><\/w:r><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">itself<\/w:t>/,
    );
    assert.match(document, /<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">loud<\/w:t>/);
    assert.match(document, /<w:pStyle w:val="Quotation"\/><\/w:pPr><w:r><w:t xml:space="preserve">Keeper’s log/);
    assert.match(document, /Angle brackets &lt;like this&gt; and an ampersand &amp; stay text\./);
    assert.ok(!document.includes('note to self') && !document.includes(LIVE_MARKER.slice(5, 30)), 'a comment reached the manuscript');
    assert.ok(!/bodyHash|promptHash/.test(document), 'front matter reached the manuscript');
  });

  it('writes right-to-left paragraphs and runs as such', async () => {
    const files = unzipText((await fixtures.export(fixtures.rtl, 'docx')).data);
    const document = files.get('word/document.xml')!;
    assert.match(
      document,
      /<w:p><w:pPr><w:bidi\/><\/w:pPr><w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">كانت الليلة <\/w:t><\/w:r><w:r><w:rPr><w:b\/><w:bCs\/><w:rtl\/><\/w:rPr><w:t xml:space="preserve">مظلمة<\/w:t>/,
    );
    assert.match(document, /<w:p><w:r><w:t xml:space="preserve">English words inside an Arabic book/, 'an English paragraph stays left to right');
    assert.match(files.get('word/styles.xml')!, /<w:lang w:val="ar" w:bidi="ar"\/>/);
    assert.match(files.get('word/header1.xml')! + files.get('word/header2.xml')!, /الحكيم \/ حارس المنارة \//);
  });
});
