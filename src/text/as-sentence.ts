/**
 * A question's text as a sentence in a message that goes on ("… Answer: no."): with a full stop
 * when it ends without any closing punctuation, so that "Patch days" does not run into "Answer:".
 */
export const asSentence = (text: string): string => {
  const t = text.trim();
  return /[.!?:;\u2026]["'\u201D\u2019)\]]*$/u.test(t) ? t : `${t}.`;
};
