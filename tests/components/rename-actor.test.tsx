// @vitest-environment happy-dom
// The reader corrects an actor's name in the side panel, and the correction survives the next page that names it.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorDetail } from '../../components/actors/ActorDetail';
import { db, getActor, saveAnalysis } from '../../lib/db';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, pageOne, pageTwo } from '../db/sample';

afterEach(cleanup);

describe('correcting an actor', () => {
  it('saves the reader\'s name, which later pages do not overwrite', async () => {
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    render(<ActorDetail actorId="person:anna-berg" onBack={() => {}} onOpen={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct name' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Actor name' }), { target: { value: 'Anna M. Berg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Anna M. Berg' });

    await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
    const stored = await getActor(db, 'person:anna-berg');
    expect(stored?.name).toBe('Anna M. Berg');
    expect(stored?.aliases).toContain('Anna Berg');
  });

  it('refuses an empty name and says why', async () => {
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    render(<ActorDetail actorId="country:norland" onBack={() => {}} onOpen={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct name' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Actor name' }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A name cannot be empty.');
    expect((await getActor(db, 'country:norland'))?.name).toBe('Norland');
  });
});
