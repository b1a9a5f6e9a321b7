import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { parseProse } from '../../../../src/core/export/prose';
import { count, Fixtures } from './exportHarness';
import { LIVE_MARKER } from './fixtureStories';

const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('export: HTML and Markdown', function () {
  this.timeout(60_000);
  let fixtures: Fixtures;
  before(async () => {
    fixtures = await Fixtures.create();
  });
  after(() => fixtures.dispose());

  it('HTML is one self-contained page: inline style, cover as a data URL, contents linking to every chapter', async () => {
    const html = text((await fixtures.export(fixtures.short, 'html')).data);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    assert.match(html, /<style>\n[\s\S]*hr\.scene-break[\s\S]*<\/style>/);
    assert.match(html, /<img src="data:image\/png;base64,iVBOR/);
    assert.ok(!/<link |<script|src="(?!data:)/.test(html), 'the page loads nothing from outside');
    for (const n of [1, 2, 3]) {
      assert.match(html, new RegExp(`<a href="#chapter-${n}">`));
      assert.match(html, new RegExp(`<section class="chapter" id="chapter-${n}">`));
    }
    assert.match(html, /<p>“You’re late,” said Mara\. “The lamp won’t light <em>itself<\/em>\.”<\/p>/);
    assert.ok(!html.includes('<!--') && !html.includes(LIVE_MARKER.slice(5, 30)), 'a comment reached the page');
  });

  it('HTML of a right-to-left book is laid out right to left', async () => {
    const html = text((await fixtures.export(fixtures.rtl, 'html')).data);
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /<p dir="ltr">English words inside an Arabic book/);
  });

  it('Markdown has no front matter or comments and exactly one heading per chapter', async () => {
    const md = text((await fixtures.export(fixtures.novel, 'md')).data);
    assert.match(md, /^# The Long Tide\n\n## Chapter 1: The Tide, Part 1\n\n/);
    assert.equal(count(md, /^## /m), 25);
    assert.equal(count(md, /^# /m), 1);
    assert.ok(!/^---$/m.test(md) && !md.includes('bodyHash'), 'front matter reached the Markdown');
    const short = text((await fixtures.export(fixtures.short, 'md')).data);
    assert.equal(count(short, /^## /m), 3);
    assert.match(short, /^#### A heading inside the prose$/m, 'a `##` heading in the prose sits under its chapter’s `##`');
    assert.ok(!short.includes('<!--'), 'a comment reached the Markdown');
  });

  it('Markdown says what the chapters said: parsing the export gives the same blocks back', async () => {
    const md = new MarkdownIt('default', { html: true });
    const short = text((await fixtures.export(fixtures.short, 'md')).data);
    const exported = short.split(/^## .*$/m).slice(1);
    const again = (await fixtures.export(fixtures.short, 'epub')).chapters;
    assert.equal(exported.length, again);
    const chapter2 = parseProse(md, exported[1]!);
    assert.deepEqual(
      chapter2.map((b) => b.kind),
      ['paragraph', 'scene-break', 'paragraph', 'scene-break', 'paragraph'],
    );
    assert.deepEqual(chapter2[2], {
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'After the scene break, a line with a hard break:', italic: false, bold: false, code: false },
        { kind: 'break' },
        { kind: 'text', text: 'and its second half. Angle brackets <like this> and an ampersand & stay text.', italic: false, bold: false, code: false },
      ],
    });
  });
});
