import * as assert from 'node:assert/strict';
import { epubcheck } from './epubcheck';
import { count, Fixtures, unzipText } from './exportHarness';
import { LIVE_MARKER } from './fixtureStories';

describe('export: EPUB 3', function () {
  // epubcheck starts a JVM per book (and installs itself the first time).
  this.timeout(300_000);
  let fixtures: Fixtures;
  before(async () => {
    fixtures = await Fixtures.create();
  });
  after(() => fixtures.dispose());

  for (const name of ['short', 'novel', 'rtl'] as const) {
    it(`the ${name} story passes epubcheck with no errors and no warnings`, async () => {
      const result = await fixtures.export(fixtures[name], 'epub');
      const check = epubcheck(result.path);
      assert.deepEqual({ fatals: check.fatals, errors: check.errors, warnings: check.warnings }, { fatals: 0, errors: 0, warnings: 0 }, check.output);
    });
  }

  it('starts with an uncompressed mimetype entry, as the OCF container requires', async () => {
    const { data } = await fixtures.export(fixtures.short, 'epub');
    const header = Buffer.from(data.subarray(0, 30 + 8 + 20));
    assert.equal(header.readUInt32LE(0), 0x04034b50, 'local file header');
    assert.equal(header.readUInt16LE(8), 0, 'compression method: stored');
    assert.equal(header.readUInt16LE(28), 0, 'no extra field');
    assert.equal(header.subarray(30, 38).toString(), 'mimetype');
    assert.equal(header.subarray(38, 58).toString(), 'application/epub+zip');
  });

  it('has a title page, a navigation document listing every chapter, and one XHTML file per chapter', async () => {
    const files = unzipText((await fixtures.export(fixtures.novel, 'epub')).data);
    const chapters = [...files.keys()].filter((k) => /^OEBPS\/chapter-\d+\.xhtml$/.test(k));
    assert.equal(chapters.length, 25);
    const nav = files.get('OEBPS/nav.xhtml')!;
    assert.match(nav, /<nav epub:type="toc"/);
    assert.equal(count(nav, /<li><a href="chapter-\d+\.xhtml">Chapter \d+: The Tide, Part \d+<\/a><\/li>/), 25);
    assert.match(files.get('OEBPS/title.xhtml')!, /<h1>The Long Tide<\/h1>/);
    const opf = files.get('OEBPS/content.opf')!;
    assert.match(opf, /<dc:language>en<\/dc:language>/);
    assert.match(opf, /<meta property="dcterms:modified">2026-11-27T08:00:00Z<\/meta>/);
    // Scene breaks are styled separators, not asterisks.
    assert.equal(count(files.get('OEBPS/chapter-001.xhtml')!, /<hr class="scene-break" \/>/), 2);
    assert.match(files.get('OEBPS/style.css')!, /hr\.scene-break/);
  });

  it('keeps the same identifier across exports and takes the author from the setting over the brief', async () => {
    const opf = async (author?: string) => unzipText((await fixtures.export(fixtures.short, 'epub', author === undefined ? {} : { author })).data).get('OEBPS/content.opf')!;
    const first = await opf();
    const again = await opf();
    const id = (text: string) => /<dc:identifier id="book-id">(urn:uuid:[0-9a-f-]{36})<\/dc:identifier>/.exec(text)?.[1];
    assert.ok(id(first), first);
    assert.equal(id(again), id(first));
    assert.match(first, /<dc:creator id="author">Ada Quill-Marsh<\/dc:creator>/);
    assert.match(await opf('Jo Pen'), /<dc:creator id="author">Jo Pen<\/dc:creator>/);
  });

  it('carries the cover image from the story folder', async () => {
    const files = unzipText((await fixtures.export(fixtures.short, 'epub')).data);
    assert.ok(files.has('OEBPS/images/cover.png'));
    assert.match(files.get('OEBPS/content.opf')!, /properties="cover-image"/);
  });

  it('renders the writer’s Markdown and nothing that is not prose', async () => {
    const files = unzipText((await fixtures.export(fixtures.short, 'epub')).data);
    const one = files.get('OEBPS/chapter-001.xhtml')!;
    assert.match(one, /<p>“You’re late,” said Mara. “The lamp won’t light <em>itself<\/em>.”<\/p>/);
    assert.match(one, /<strong>loud<\/strong>/);
    assert.match(
      one,
      /<blockquote>\s*<p>Keeper’s log, 3 March: fog\. A brig without lights passed the point at <em>two bells<\/em>\.<\/p>\s*<p>Second entry: the brig again\.<\/p>\s*<\/blockquote>/,
    );
    assert.match(one, /“¿Quién vive\?”/);
    assert.match(one, /<ul>\s*<li>a lantern<\/li>/);
    assert.match(one, /smiled -- the way/, 'the writer’s dashes are left as typed');
    const two = files.get('OEBPS/chapter-002.xhtml')!;
    assert.match(two, /hard break:<br \/>and its second half\. Angle brackets &lt;like this&gt; and an ampersand &amp; stay text\./);
    assert.equal(count(two, /<hr class="scene-break" \/>/), 2, '`#` alone and `---` are scene breaks');
    const three = files.get('OEBPS/chapter-003.xhtml')!;
    assert.match(three, /<h1 class="chapter">Chapter 3<\/h1>/);
    assert.match(three, /<h3>A heading inside the prose<\/h3>/);
    assert.match(three, /<pre>A song, kept\n {4}line for line\.<\/pre>/);
    for (const [name, text] of files) {
      assert.ok(!text.includes('<!--'), `${name} holds an HTML comment`);
      assert.ok(!text.includes(LIVE_MARKER.slice(5, 30)), `${name} holds the live-document marker`);
      assert.ok(!/^stage:|bodyHash|promptHash/m.test(text), `${name} holds front matter`);
    }
  });

  it('lays out a right-to-left book right to left, in its language', async () => {
    const files = unzipText((await fixtures.export(fixtures.rtl, 'epub')).data);
    const opf = files.get('OEBPS/content.opf')!;
    assert.match(opf, /<dc:language>ar<\/dc:language>/);
    assert.match(opf, /<spine page-progression-direction="rtl">/);
    const one = files.get('OEBPS/chapter-001.xhtml')!;
    assert.match(one, /<html [^>]*xml:lang="ar" lang="ar" dir="rtl">/);
    assert.match(one, /<span class="label">الفصل 1<\/span> الضوء/);
    assert.match(one, /<p dir="ltr">English words inside an Arabic book/);
    assert.match(files.get('OEBPS/chapter-002.xhtml')!, /Emoji 🌊🏮 and combining: é/);
  });
});
