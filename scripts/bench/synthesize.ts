/**
 * A synthetic dataset at `scale` times the bundled one, for the benchmark: valid against the real
 * schema and rules, the same bytes for the same seed, and shaped like the bundled data (the same
 * axes, the same average lengths of summaries, rationales and quotes, citations per stance).
 *
 * How each kind of record grows with `scale` (s):
 * - stances: s times as many. Leaders grow with √s and stances per leader with √s, so the
 *   spectra get more leaders and the timelines more years of stances, as editors will add them.
 * - reference leaders: the bundled data's share of the leaders, the last ones.
 * - sources: s times as many (each stance brings its own evidence); events: √s times (they
 *   concern leaders).
 * - the story: the bundled story's steps and paragraphs, about the synthetic leaders
 *   (synthesize-story.ts), so the home page is measured with the data it draws.
 *
 * Every text says it is synthetic, every address is under https://example.org/synthetic/.
 * Pure: files in, files out; the CLI (synthesize-cli.ts) writes them to disk.
 */
import type { DataFile } from '../../src/lib/data/validate.ts';
import type {
	AxesFile,
	AxisId,
	EventsFile,
	EvidenceKind,
	LeaderFile,
	MetaFile,
	SourcesFile,
	StoryFile
} from '../../src/lib/data/schema.ts';
import { formatDataFile } from '../../src/lib/data/format.ts';
import { monthFromIndex, monthIndex, monthOf } from '../../src/lib/model/months.ts';
import { CAUSE_KINDS } from '../../src/lib/vocabulary.ts';
import { mulberry32, type Random } from './prng.ts';
import { synthesizeStory } from './synthesize-story.ts';
import { text } from './synthetic-text.ts';

export interface SynthesizeOptions {
	/** How many times the bundled dataset: 1, 10, 100… */
	scale: number;
	seed?: number;
	/** The folder the files are named under (default 'data'). */
	root?: string;
}

/** What the synthetic data copies from the bundled data: counts and average lengths. */
interface Shape {
	axes: AxesFile;
	meta: MetaFile;
	leaders: number;
	/** Of them, reference leaders (the rest are the cast). */
	references: number;
	stances: number;
	sources: number;
	events: number;
	firstMonth: string;
	lastMonth: string;
	summary: number;
	rationale: number;
	quote: number;
	citationsPerStance: number;
	eventDescription: number;
	sourceNote: number;
}

const EVIDENCE: EvidenceKind[] = ['explicit', 'reported', 'inferred'];
const KINDS = ['article', 'interview', 'podcast', 'talk', 'post', 'newsletter', 'paper'] as const;

function parse<T>(files: readonly DataFile[], name: string): T {
	const file = files.find((f) => f.path.endsWith(`/${name}`) && !f.path.includes('/leaders/'));
	if (!file) throw new Error(`the bundled dataset has no ${name}`);
	return JSON.parse(file.text) as T;
}

const mean = (values: number[]) =>
	values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

function shapeOf(bundled: readonly DataFile[]): Shape {
	const leaders = bundled
		.filter((f) => f.path.includes('/leaders/'))
		.map((f) => JSON.parse(f.text) as LeaderFile);
	const stances = leaders.flatMap((l) => l.stances);
	const citations = stances.flatMap((s) => s.citations);
	const sources = parse<SourcesFile>(bundled, 'sources.json').sources;
	const events = parse<EventsFile>(bundled, 'events.json').events;
	const meta = parse<MetaFile>(bundled, 'meta.json');
	const months = stances.map((s) => monthOf(s.asOf)).sort();
	return {
		axes: parse<AxesFile>(bundled, 'axes.json'),
		meta,
		leaders: leaders.length,
		references: leaders.filter((l) => l.role === 'reference').length,
		stances: stances.length,
		sources: sources.length,
		events: events.length,
		firstMonth: months[0] ?? monthOf(meta.updated),
		lastMonth: monthOf(meta.updated),
		summary: mean(stances.map((s) => s.summary.length)),
		rationale: mean(stances.map((s) => s.rationale.length)),
		quote: mean(citations.map((c) => c.quote.length)),
		citationsPerStance: citations.length / Math.max(1, stances.length),
		eventDescription: mean(events.map((e) => e.description?.length ?? 0)),
		sourceNote: mean(sources.map((s) => s.note?.length ?? 0))
	};
}

/** Plain text of about `length` characters (±40%), starting with `lead`. */

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The synthetic data files, sorted by path, in the repo's storage format. */
export function synthesizeDataset(
	bundled: readonly DataFile[],
	{ scale, seed = 1, root = 'data' }: SynthesizeOptions
): DataFile[] {
	const shape = shapeOf(bundled);
	const random = mulberry32(seed);
	const first = monthIndex(shape.firstMonth);
	const last = monthIndex(shape.lastMonth);
	const randomMonth = (from = first) => random.int(from, last);
	const axisIds: AxisId[] = shape.axes.axes.map((a) => a.id);

	const leaderCount = Math.max(1, Math.round(shape.leaders * Math.sqrt(scale)));
	// The same share of reference leaders as the bundled data, last in the list; at least one cast.
	const referenceCount = Math.min(
		leaderCount - 1,
		Math.round((leaderCount * shape.references) / Math.max(1, shape.leaders))
	);
	const stanceCount = Math.max(leaderCount, Math.round(shape.stances * scale));
	const sourceCount = Math.max(1, Math.round(shape.sources * scale));
	const eventCount = Math.max(1, Math.round(shape.events * Math.sqrt(scale)));
	const width = String(Math.max(leaderCount, stanceCount, sourceCount)).length;

	// Sources, sorted by date so a stance can cite evidence from its own month or later.
	const sourceMonths = Array.from({ length: sourceCount }, () => randomMonth()).sort(
		(a, b) => a - b
	);
	const sources: SourcesFile['sources'] = sourceMonths.map((m, i) => {
		const id = `synthetic-source-${pad(i + 1, width)}`;
		const month = monthFromIndex(m);
		return {
			id,
			kind: random.pick(KINDS),
			outlet: `Synthetic Outlet ${random.int(1, 40)}`,
			title: text(random, `Synthetic source ${i + 1}`, 60).slice(0, -1),
			date: random.next() < 0.5 ? `${month}-${pad(random.int(1, 28), 2)}` : month,
			url: `https://example.org/synthetic/${id}`,
			...(random.next() < 0.4 ? { note: text(random, 'Synthetic note', shape.sourceNote) } : {})
		};
	});

	// Leaders: every leader gets one stance, the rest are dealt at random.
	const perLeader = Array.from({ length: leaderCount }, () => 1);
	for (let i = leaderCount; i < stanceCount; i++) {
		const at = random.int(0, leaderCount - 1);
		perLeader[at] = (perLeader[at] ?? 0) + 1;
	}
	let cited = 0; // the first sources are each cited once in turn, so none goes uncited
	const nextSource = () => (cited < sourceCount ? cited++ : random.int(0, sourceCount - 1));

	const leaders: LeaderFile[] = perLeader.map((count, li) => {
		const id = `synthetic-leader-${pad(li + 1, width)}`;
		const taken = new Set<string>();
		const stances: LeaderFile['stances'] = [];
		for (let n = 0; n < count; n++) {
			let axis = random.pick(axisIds);
			// The stance is held in the month of its first source, or up to three months before.
			let sourceIndex = nextSource();
			let month = Math.max(first, (sourceMonths[sourceIndex] ?? first) - random.int(0, 3));
			for (let tries = 0; taken.has(`${axis} ${month}`) && tries < 50; tries++) {
				// Another axis or month for the same source first, so every source stays cited.
				if (tries >= 20) sourceIndex = random.int(0, sourceCount - 1);
				axis = random.pick(axisIds);
				month = Math.max(first, (sourceMonths[sourceIndex] ?? first) - random.int(0, 3));
			}
			if (taken.has(`${axis} ${month}`)) continue;
			taken.add(`${axis} ${month}`);
			const asOf = monthFromIndex(month);
			const citations = [sourceIndex];
			while (random.next() < shape.citationsPerStance - citations.length) {
				const extra = random.int(0, sourceCount - 1);
				if ((sourceMonths[extra] ?? last) >= month) citations.push(extra);
				else break;
			}
			stances.push({
				id: `${id}-${axis}-${asOf}`,
				axis,
				asOf,
				position: random.int(0, 4),
				evidence: random.pick(EVIDENCE),
				summary: text(random, 'Synthetic stance for benchmarking', shape.summary),
				rationale: text(random, 'Synthetic rationale', shape.rationale),
				citations: citations.map((s) => ({
					source: sources[s]?.id ?? '',
					quote: text(random, 'synthetic quote', shape.quote).slice(0, -1)
				}))
			});
		}
		stances.sort((a, b) => (a.axis < b.axis ? -1 : a.axis > b.axis ? 1 : a.asOf < b.asOf ? -1 : 1));
		// A stance that moves its leader to another level says why, as the validator asks.
		stances.forEach((stance, i) => {
			const before = stances[i - 1];
			if (before?.axis === stance.axis && before.position !== stance.position)
				stance.cause = { kind: random.pick(CAUSE_KINDS) };
		});
		const from = random.int(first - 60, first);
		return {
			$schema: '../../schema/leader.schema.json',
			id,
			name: `Synthetic Leader ${li + 1}`,
			shortName: `Synth ${li + 1}`,
			...(li >= leaderCount - referenceCount
				? {
						role: 'reference' as const,
						roleNote: 'Synthetic reference leader, shown beside the cast for comparison.'
					}
				: { role: 'cast' as const }),
			affiliations: [
				{
					org: `Synthetic Lab ${random.int(1, 12)}`,
					role: 'Synthetic role',
					from: monthFromIndex(from)
				}
			],
			stances
		};
	});

	const events: EventsFile['events'] = Array.from({ length: eventCount }, () => randomMonth())
		.sort((a, b) => a - b)
		.map((m, i) => ({
			id: `synthetic-event-${pad(i + 1, width)}`,
			date: monthFromIndex(m),
			label: text(random, `Synthetic event ${i + 1}`, 33).slice(0, -1),
			description: text(random, 'Synthetic description', shape.eventDescription),
			leaders: [leaders[random.int(0, leaderCount - 1)]?.id ?? ''],
			citations: [
				{
					source: sources[random.int(0, sourceCount - 1)]?.id ?? '',
					quote: text(random, 'synthetic quote', shape.quote).slice(0, -1)
				}
			]
		}));

	// A source no stance or event happened to cite is left out, as an editor would (the validator
	// warns about it): the bundled data has more sources than stances, counting the copies quotes
	// were read in, so the first-citation round above cannot reach them all.
	const citedIds = new Set(
		[...leaders.flatMap((l) => l.stances), ...events].flatMap((x) =>
			x.citations.map((c) => c.source)
		)
	);
	const citedSources = sources.filter((s) => citedIds.has(s.id));

	const meta: MetaFile = {
		...shape.meta,
		title: `Synthetic benchmark dataset (${scale}x the bundled one, seed ${seed})`
	};
	const files: DataFile[] = [
		{ path: `${root}/axes.json`, text: formatDataFile(shape.axes) },
		{ path: `${root}/meta.json`, text: formatDataFile(meta) },
		{
			path: `${root}/sources.json`,
			text: formatDataFile({ $schema: '../schema/sources.schema.json', sources: citedSources })
		},
		{
			path: `${root}/events.json`,
			text: formatDataFile({ $schema: '../schema/events.schema.json', events })
		},
		...leaders.map((l) => ({ path: `${root}/leaders/${l.id}.json`, text: formatDataFile(l) }))
	];
	// The story: as many steps and paragraphs as the bundled one, about the synthetic leaders.
	const story = bundled.find((f) => f.path.endsWith('/story/story.json'));
	if (story) {
		const file = synthesizeStory(JSON.parse(story.text) as StoryFile, leaders, random);
		files.push({ path: `${root}/story/story.json`, text: formatDataFile(file) });
	}
	return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
