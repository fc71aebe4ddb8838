/**
 * The story for a synthetic dataset: the bundled story's steps, chart states and paragraph shapes,
 * with synthetic words, and each quote taken from a synthetic stance that the step's chart shows
 * (so the validator's rules hold: quotes verbatim, leaders known, months in order).
 */
import type { LeaderFile, Paragraph, StoryFile } from '../../src/lib/data/schema.ts';
import { monthOf } from '../../src/lib/model/months.ts';
import type { Random } from './prng.ts';
import { text } from './synthetic-text.ts';

export function synthesizeStory(
	bundled: StoryFile,
	leaders: readonly LeaderFile[],
	random: Random
): StoryFile {
	const words = (lead: string, like: string) => text(random, lead, like.length);

	const steps = bundled.steps.map((step) => {
		const { date, from, view, axis, references } = step.chart;
		// The stances the step's chart can show: of the cast (and the reference leaders, when the
		// step shows them too), held by its month, on its axis if it has one.
		const shown = leaders
			.filter((leader) => leader.role === 'cast' || references === true)
			.flatMap((leader) =>
				leader.stances
					.filter((s) => monthOf(s.asOf) <= date && (axis === undefined || s.axis === axis))
					.map((stance) => ({ leader, stance }))
			);
		const about = shown.length > 0 ? random.pick(shown) : undefined;
		const paragraph = (pieces: Paragraph): Paragraph =>
			pieces.map((piece) => {
				if (typeof piece === 'string') return ` ${words('Synthetic story text', piece)} `;
				const quote = about?.stance.citations[0]?.quote;
				if (!about || quote === undefined) return words('Synthetic story text', piece.quote);
				return { quote: quote.split(' ').slice(0, 6).join(' '), stance: about.stance.id };
			});
		return {
			id: step.id,
			title: words('Synthetic step', step.title).slice(0, -1),
			chart: {
				date,
				...(from === undefined ? {} : { from }),
				...(view === undefined ? {} : { view }),
				...(axis === undefined ? {} : { axis }),
				...(references === undefined ? {} : { references }),
				...(about ? { highlight: [about.leader.id] } : {})
			},
			...(step.annotation === undefined
				? {}
				: { annotation: words('Synthetic annotation', step.annotation).slice(0, -1) }),
			body: step.body.map(paragraph)
		};
	});

	return {
		$schema: bundled.$schema,
		title: 'Synthetic story for benchmarking',
		dek: words('Synthetic dek', bundled.dek),
		published: bundled.published,
		steps,
		methodology: bundled.methodology.map((pieces) =>
			pieces.map((piece) =>
				typeof piece === 'string'
					? words('Synthetic methodology', piece)
					: words('Synthetic methodology', piece.quote)
			)
		)
	};
}
