/**
 * "Think this reading is wrong?": a new issue in the project's repository (PUBLIC_REPO_URL),
 * prefilled with what an editor needs to find and re-check the point: the stance id, its level
 * and the dataset version the reader saw. The reader adds why, and a source.
 */
export interface ContestedReading {
	stanceId: string;
	leaderName: string;
	axisLabel: string;
	position: number;
	levelLabel: string;
	version: string;
}

/** The address of the prefilled new-issue form on GitHub (or a forge with the same form). */
export function contestIssueUrl(repoUrl: string, reading: ContestedReading): string {
	const title = `Reading: ${reading.leaderName} on ${reading.axisLabel.toLowerCase()} (${reading.stanceId})`;
	const body = [
		`Stance: ${reading.stanceId}`,
		`Level: ${reading.position} (${reading.levelLabel})`,
		`Dataset version: ${reading.version}`,
		'',
		'What I think is wrong with this reading:',
		'',
		'',
		'A source that shows it (an https address, and the exact words):',
		''
	].join('\n');
	const query = new URLSearchParams({ title, body, labels: 'contested reading' });
	return `${repoUrl.replace(/\/+$/, '')}/issues/new?${query}`;
}
