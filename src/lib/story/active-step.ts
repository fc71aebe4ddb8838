/**
 * Which step the reader is on, from where the steps are: the last step whose top has passed the
 * trigger line (a distance from the top of the viewport), or the first step before any has.
 *
 * Scroll libraries report steps entering and leaving; a fast fling can skip those events, and a
 * resize can move the steps without any. Reading the geometry whenever anything fires gives the
 * right step whatever was skipped.
 */
export function activeStepAt(tops: readonly number[], trigger: number): number {
	let active = 0;
	tops.forEach((top, i) => {
		if (top <= trigger) active = i;
	});
	return active;
}
