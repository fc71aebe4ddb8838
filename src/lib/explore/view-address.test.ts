import { describe, expect, it } from 'vitest';
import { addressForQuery } from './view-address.ts';

describe('addressForQuery', () => {
	it('keeps the path and the hash, and replaces the query', () => {
		expect(
			addressForQuery(
				{ pathname: '/explore', search: '?date=2019-06', hash: '#top' },
				'?view=spectrum'
			)
		).toBe('/explore?view=spectrum#top');
	});

	it('drops the query when the view is the default one', () => {
		expect(addressForQuery({ pathname: '/explore', search: '?date=2025-03', hash: '' }, '')).toBe(
			'/explore'
		);
	});

	it('writes nothing when the address already holds the view', () => {
		expect(
			addressForQuery({ pathname: '/explore', search: '?date=2019-06', hash: '' }, '?date=2019-06')
		).toBeNull();
		expect(addressForQuery({ pathname: '/explore', search: '', hash: '' }, '')).toBeNull();
	});
});
