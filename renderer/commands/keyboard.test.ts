import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommandName } from '../platform/types';
import { useAppStore } from '../store/store';
import { handleKeyDown, MOD } from './keyboard';
import { isEditingText, runCommand } from './runCommand';

// The platform layer picks the Electron or web API off `window` when it loads; this runs in Node.
vi.hoisted(() => {
  (globalThis as { window?: unknown }).window ??= {};
});

// What a key runs is the question here, not what the command then does to the design.
vi.mock('./runCommand', () => ({ runCommand: vi.fn(), isEditingText: vi.fn(() => false) }));

const initial = useAppStore.getState();
beforeEach(() => vi.mocked(runCommand).mockClear());
afterEach(() => {
  vi.mocked(isEditingText).mockReturnValue(false);
  useAppStore.setState(initial, true);
});

/** A keydown as the browser sends it, with the platform's command key (Ctrl, or ⌘ on macOS) when `mod`. */
function press(key: string, { mod = false, shift = false } = {}) {
  const event = {
    key,
    code: '',
    ctrlKey: mod && MOD === 'Ctrl',
    metaKey: mod && MOD === '⌘',
    shiftKey: shift,
    altKey: false,
    defaultPrevented: false,
    preventDefault: vi.fn(),
  };
  handleKeyDown(event as unknown as KeyboardEvent);
  return event;
}

const ran = (): MenuCommandName[] => vi.mocked(runCommand).mock.calls.map(([command]) => command);

describe('the workshop shortcuts', () => {
  // With Shift held the browser reports the capital letter.
  it.each([
    ['F5', 'present', 'F5', {}],
    [`Shift+${MOD}+N`, 'newFromTemplate', 'N', { mod: true, shift: true }],
    [`Shift+${MOD}+L`, 'autoLayout', 'L', { mod: true, shift: true }],
  ] as const)('%s runs %s and keeps the key from the browser', (_keys, command, key, modifiers) => {
    const event = press(key, modifiers);
    expect(ran()).toEqual([command]);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it(`${MOD}+N without Shift is a new empty design, and ${MOD}+L without Shift is nothing`, () => {
    press('n', { mod: true });
    press('l', { mod: true });
    expect(ran()).toEqual(['new']);
  });

  it('F5 presents even from a text field; Auto-layout and the template gallery leave the field its keys', () => {
    vi.mocked(isEditingText).mockReturnValue(true);
    press('N', { mod: true, shift: true });
    press('L', { mod: true, shift: true });
    press('F5');
    expect(ran()).toEqual(['present']);
  });

  it('does nothing while presenting: the presenter takes its own keys', () => {
    useAppStore.getState().startPresenting();
    press('F5');
    press('L', { mod: true, shift: true });
    expect(ran()).toEqual([]);
  });
});
