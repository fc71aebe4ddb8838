/**
 * `npm run dev` for editors: adding or editing a file in data/ reloads the page, and an invalid
 * edit shows the validator's message (file:line:column) in Vite's error overlay and, on reload,
 * on the page itself: never a blank page.
 *
 * Runs after every other test (see playwright.config.ts), against its own dev server, and only
 * ever adds one scratch leader file, which it always removes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PORT = 5199;
// The explore view lists every leader in its picker, even one with no stance yet.
const EXPLORE = `http://localhost:${PORT}/explore`;
const SCRATCH = 'data/leaders/zz-dev-scratch.json';

const validLeader = {
	$schema: '../../schema/leader.schema.json',
	id: 'zz-dev-scratch',
	name: 'Scratch Leader For Dev Test',
	role: 'cast',
	affiliations: [{ org: 'Test Lab', role: 'Tester', from: '2020' }],
	stances: [] as unknown[]
};

let server: ChildProcess | undefined;

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(EXPLORE)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`vite dev did not start on port ${PORT}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(90_000);
	rmSync(SCRATCH, { force: true });
	server = spawn('node_modules/.bin/vite', ['dev', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore'
	});
	await waitForServer();
});

test.afterAll(() => {
	if (existsSync(SCRATCH)) rmSync(SCRATCH);
	server?.kill();
});

test('a new valid leader file appears after the automatic reload', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(EXPLORE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the spectrum');
	try {
		writeFileSync(SCRATCH, JSON.stringify(validLeader, null, '\t') + '\n');
		await expect(page.getByRole('checkbox', { name: validLeader.name })).toBeAttached({
			timeout: 30_000
		});
	} finally {
		rmSync(SCRATCH, { force: true });
	}
	await expect(page.getByRole('checkbox', { name: validLeader.name })).toHaveCount(0, {
		timeout: 30_000
	});
});

test('an invalid edit shows the validator message in the overlay', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(EXPLORE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the spectrum');
	try {
		writeFileSync(SCRATCH, JSON.stringify({ ...validLeader, name: 42 }, null, '\t') + '\n');
		const overlay = page.locator('vite-error-overlay');
		await expect(overlay).toBeAttached({ timeout: 30_000 });
		// The name's value is on line 4, after a tab and `"name": ` (column 10).
		await expect(overlay.locator('.message')).toContainText(`${SCRATCH}:4:10  name`);
		// Reloading shows the same message on the page, not a bare "Internal Error".
		await page.reload();
		await expect(page.locator('body')).toContainText(
			`${SCRATCH}:4:10  name  must be text in quotes`
		);
	} finally {
		rmSync(SCRATCH, { force: true });
	}
});
