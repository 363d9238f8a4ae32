import { useEffect, useState } from 'react';
import type { Programme } from '@shared/programme/programme';
import { watchProgramme, watchProgrammes } from '../../persistence/programmes';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every programme on this device, live across windows. */
export function useProgrammes(): Loaded<Programme[]> {
  const [state, setState] = useState<Loaded<Programme[]>>({ status: 'loading' });
  useEffect(() => watchProgrammes((value) => setState({ status: 'ready', value }), (error) => setState({ status: 'error', message: message(error) })), []);
  return state;
}

/** One programme, live; `value` is undefined once it is deleted. */
export function useProgramme(id: string): Loaded<Programme | undefined> {
  const [state, setState] = useState<Loaded<Programme | undefined>>({ status: 'loading' });
  useEffect(() => watchProgramme(id, (value) => setState({ status: 'ready', value }), (error) => setState({ status: 'error', message: message(error) })), [id]);
  return state;
}
