import { dataPackage } from '$lib/model/datapackage';
import { loadDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

// The downloads as a Frictionless Data Package, beside them (its resource paths are relative).
export const prerender = true;

export const GET = (() =>
	new Response(`${JSON.stringify(dataPackage(loadDataset()), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	})) satisfies RequestHandler;
