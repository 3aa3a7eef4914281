// Loads every page of a generated HTML site in Debian's headless Chromium (through puppeteer,
// never a downloaded browser) and fails on any console error, page error or failed request;
// screenshots one table page and fails when the screenshot is blank (too few distinct colours).
// Usage: node html_check.cjs SITE_DIR SCREENSHOT.png [TABLE_PAGE]
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer');

async function main() {
  const [site, shot, wanted] = process.argv.slice(2);
  if (!site || !shot) throw new Error('usage: node html_check.cjs SITE_DIR SCREENSHOT.png [TABLE_PAGE]');
  const pages = ['index.html'].concat(
    fs.readdirSync(path.join(site, 'tables')).filter((f) => f.endsWith('.html')).sort().map((f) => 'tables/' + f));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    let current = '';
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${current}: request failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`${current}: external request: ${r.url()}`);
    });
    for (const rel of pages) {
      current = rel;
      const url = 'file://' + path.resolve(site, rel);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response && !response.ok()) problems.push(`${rel}: status ${response.status()}`);
      const svgs = await page.$$eval('svg', (list) => list.length);
      if (svgs === 0) problems.push(`${rel}: no inline SVG diagram`);
      // Every link to another page of the site must point at a file that exists.
      const links = await page.$$eval('a[href]', (list) => list.map((a) => a.getAttribute('href')));
      for (const href of links) {
        if (/^[a-z]+:/.test(href) || href.startsWith('#')) continue;
        if (!fs.existsSync(path.resolve(path.dirname(path.resolve(site, rel)), href))) problems.push(`${rel}: broken link ${href}`);
      }
    }
    // One table page as a kept artifact, and not blank.
    const target = wanted ? 'tables/' + wanted : pages[Math.min(1, pages.length - 1)];
    current = target;
    await page.goto('file://' + path.resolve(site, target), { waitUntil: 'load' });
    await page.screenshot({ path: shot, fullPage: false });
    const data = fs.readFileSync(shot).toString('base64');
    await page.setContent(`<img id="s" src="data:image/png;base64,${data}">`);
    await page.waitForFunction(() => document.getElementById('s').complete);
    const colours = await page.evaluate(() => {
      const img = document.getElementById('s');
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set();
      for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      return seen.size;
    });
    console.log(`html_check: ${pages.length} pages loaded; screenshot ${shot} has ${colours} distinct colours`);
    if (colours < 16) problems.push(`${target}: screenshot looks blank (${colours} colours)`);
  } finally {
    await browser.close();
  }
  if (problems.length) {
    for (const p of problems) console.error('html_check: ' + p);
    process.exit(1);
  }
}

main().catch((e) => { console.error('html_check: ' + (e && e.stack || e)); process.exit(1); });
