import { describe, expect, it } from 'vitest';
import { clusters, parks } from '../data/plan';
import { stepBy, tourSteps } from './tourSteps';

describe('tourSteps', () => {
  it('walks 一城 -> 一核 -> 两翼 -> 一区 -> 多点 over every element of the layout', () => {
    const steps = tourSteps(parks, clusters);
    expect(steps.map((step) => step.id)).toEqual(['city', 'core', 'wings', 'zone', 'points']);
    expect(steps[0]?.parkIds).toEqual(['eco-city']);
    expect(steps[1]?.parkIds).toEqual(['fenghuanghu']);
    expect(steps[2]?.parkIds).toEqual(['sanjiao', 'gangqiao']);
    expect(steps[3]?.parkIds).toEqual(['bonded-zone']);
    expect(steps[4]?.clusterIds).toHaveLength(15);
    expect(steps.flatMap((step) => step.parkIds).sort()).toEqual(parks.map((park) => park.id).sort());
  });

  it('stays within the tour when stepping', () => {
    expect(stepBy(0, -1, 5)).toBe(0);
    expect(stepBy(3, 1, 5)).toBe(4);
    expect(stepBy(4, 1, 5)).toBe(4);
  });
});
