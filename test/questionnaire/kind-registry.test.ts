import { describe, expect, it } from 'vitest';
import { kinds } from '../../src/questionnaire/kinds/index.js';
import { loadSchema } from '../../src/schema/validators.js';

// The registry is the one list of question kinds (STYLE "Growing the model"). QuestionType is tied
// to it by the compiler: kinds/index.ts `satisfies Record<QuestionType, QuestionKind>` on an object
// literal refuses a kind the type lacks and a type the registry lacks. The published schemas are
// JSON, edited by hand, so this test ties them: a kind added to the registry and not to the schemas
// (or the other way round) would have questionnaires refused, or reports that do not validate.
describe('the kinds of question', () => {
  const registered = Object.keys(kinds).sort();

  it("are the questionnaire schema's question types", () => {
    const schema = loadSchema('questionnaire') as { $defs: { question: { properties: { type: { enum: string[] } } } } };
    expect([...schema.$defs.question.properties.type.enum].sort()).toEqual(registered);
  });

  it("are the report schema's question types", () => {
    const schema = loadSchema('report') as { $defs: { questionType: { enum: string[] } } };
    expect([...schema.$defs.questionType.enum].sort()).toEqual(registered);
  });

  it('each say their own type', () => {
    for (const [type, kind] of Object.entries(kinds)) expect(kind.type, type).toBe(type);
  });
});
