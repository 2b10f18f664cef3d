/** The names of every sound the game plays; the synthesis script makes one for each. */

/** Short sounds, played from one audio sprite. */
export const CUES = ['choose', 'correct', 'wrong', 'meter-up', 'meter-down', 'ending-success', 'ending-mixed', 'ending-failure'] as const;
export type Cue = (typeof CUES)[number];

/** Looping music, one per scenario setting. */
export const AMBIENCES = ['negotiation', 'press-room', 'briefing'] as const;
export type Ambience = (typeof AMBIENCES)[number];
