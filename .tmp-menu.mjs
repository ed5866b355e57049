import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 500 }, colorScheme: 'dark' });
await p.goto('http://127.0.0.1:4417/guide/');
await p.getByText('Menu', { exact: true }).click();
await p.screenshot({ path: '/tmp/layout-t/menu.png' });
await b.close();
