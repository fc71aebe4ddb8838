/**
 * Which share image a page shows, by its route: a leader's page their timelines, a story step's
 * address (/embed/story/<step>) that step, the story its first step, every other page the
 * explore view's first chart.
 */
import type { Story } from '$lib/story/story';
import { DEFAULT_SHARE_IMAGE, leaderShareImage, stepShareImage } from './share-images.server.ts';

export interface SharedPicture {
	image: string;
	imageAlt: string;
}

export function shareImageOfRoute(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	/** Read only for the story's routes. */
	story: () => Pick<Story, 'steps'>
): SharedPicture {
	const storyRoute = routeId === '/(site)' || routeId === '/embed/[...view]';
	const steps = storyRoute ? story().steps : [];
	const first = steps[0];
	if (routeId === '/(site)/leaders/[id]' && params.id)
		return {
			image: leaderShareImage(params.id),
			imageAlt:
				"The leader's four axes of openness over time, with the key and the dataset version."
		};
	const step = steps.find((s) => `story/${s.id}` === params.view);
	if (step)
		return {
			image: stepShareImage(step.id),
			imageAlt: "The step's chart, with its month, key and the dataset version."
		};
	if (routeId === '/(site)' && first)
		return {
			image: stepShareImage(first.id),
			imageAlt: `The story's first chart (${first.title}), with its month, key and the dataset version.`
		};
	return {
		image: DEFAULT_SHARE_IMAGE,
		imageAlt:
			'Where AI lab leaders stand on four kinds of openness this month, with the key and the dataset version.'
	};
}
