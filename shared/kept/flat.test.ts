import { describe, expect, it } from 'vitest';
import { flat } from './flat';

describe('flat', () => {
  it('gives back the same text, built from pieces or not, empty or not', () => {
    let rope = '';
    for (let i = 0; i < 50; i++) rope += `${i === 0 ? '' : ', '}Branch ${i} ${i * 50} GB`;
    const copy = rope.split('').join('');
    expect(flat(rope)).toBe(copy);
    expect(flat('')).toBe('');
    expect(flat('x')).toBe('x');
  });
});
