/**
 * The longest text, in characters, that each field may hold and still fit its box on a 360 px
 * phone at the largest text size without scrolling more than one screen. The validator warns
 * (W_TEXT_LENGTH) past these; the game lays its boxes out for them.
 */
export const TEXT_LIMITS = {
  dialogueText: 320,
  choiceText: 110,
  feedback: 260,
  requiresText: 110,
  question: 200,
  option: 90,
  explanation: 320,
  quote: 400,
  endingText: 320,
  debrief: 700,
  debriefLine: 200,
  historyText: 400,
  epilogue: 400,
  briefing: 900,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;
