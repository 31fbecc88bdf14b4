/**
 * Helpers the provider tests share (Google v2 and v3): the replayed translations of the
 * contract suite's inputs, a request to send, the error a call fails with, and every text a
 * person or a log could see from an error.
 */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { ApiCallError, BilingualError } from '../../src/errors.ts';
import type { TranslateRequest } from '../../src/providers/types.ts';

const fixtureUrl = new URL('../fixtures/google/', import.meta.url);

/** A JSON file of `test/fixtures/google/`. */
export function googleFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, fixtureUrl), 'utf8'));
}

const replayed = googleFixture('replayed-translations.json') as { text: Record<string, string>; html: Record<string, string> };

/** What the service answered for one of the contract suite's French inputs. */
export function translationOf(text: string, format: 'text' | 'html'): string {
  const english = replayed[format][text];
  if (english === undefined) throw new Error(`No replayed translation for ${JSON.stringify(text)}`);
  return english;
}

/** A French to English request of these texts, ids `s1`, `s2`… */
export function request(texts: string[], extra: Partial<TranslateRequest> = {}): TranslateRequest {
  return {
    segments: texts.map((text, index) => ({ id: `s${index + 1}`, text })),
    sourceLanguage: 'fr',
    targetLanguage: 'en',
    format: 'text',
    ...extra,
  };
}

/** The `BilingualError` the promise rejects with (and that it does reject with one). */
export async function failureOf(promise: Promise<unknown>): Promise<BilingualError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(BilingualError);
  return outcome as BilingualError;
}

/** Every text a person or a log could see from this error, its causes included. */
export function visibleTexts(error: unknown): string[] {
  const texts: string[] = [String(error), JSON.stringify(error)];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    texts.push(current.message, String(current), JSON.stringify(current), current.stack ?? '');
    current = current.cause;
  }
  return texts;
}

/** A recorded Google error answer and what the provider must make of it. */
export interface GoogleErrorCase {
  name: string;
  status: number;
  /** The answer's body, a file of `test/fixtures/google/`. */
  file: string;
  headers?: Record<string, string>;
  code: string;
  reason: string;
  retryable: boolean;
  retryAfterSeconds?: number;
}

/** The error is the `ApiCallError` the case says, carrying the answer's body; returned for the provider's own checks. */
export function expectMappedError(error: BilingualError, testCase: GoogleErrorCase, body: unknown): ApiCallError {
  expect(error).toBeInstanceOf(ApiCallError);
  const apiError = error as ApiCallError;
  expect(apiError.code).toBe(testCase.code);
  expect(apiError.statusCode).toBe(testCase.status);
  expect(apiError.reason).toBe(testCase.reason);
  expect(apiError.retryable).toBe(testCase.retryable);
  expect(apiError.retryAfterSeconds).toBe(testCase.retryAfterSeconds);
  expect(JSON.parse(apiError.responseBody ?? 'null')).toEqual(body);
  return apiError;
}

/**
 * Hooks for a provider test file that talks only to nock: the service's environment variables
 * are unset for the file (and put back after), real connections are refused, and each test's
 * interceptors are dropped after it.
 */
export function isolateFromNetwork(variables: readonly string[]): void {
  const saved = new Map(variables.map((name) => [name, process.env[name]]));
  beforeAll(() => {
    for (const name of variables) delete process.env[name];
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    nock.enableNetConnect();
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  });
}
