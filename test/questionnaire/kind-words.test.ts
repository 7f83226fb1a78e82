import { afterEach, describe, expect, it } from 'vitest';
import { renderAnswersTemplate } from '../../src/answers/render-template.js';
import { AnswersDocument } from '../../src/answers/save-answers.js';
import { kinds } from '../../src/questionnaire/kinds/index.js';
import { renderQuestionnaireMarkdown } from '../../src/report/questionnaire-markdown.js';
import { loadQuestionnaireText, miniText } from '../helpers/load.js';

// The words the template, `show` and the saved file use for a question come from its kind, not from
// its type's name (STYLE "Growing the model"): each case changes one kind and sees the words change.
const mini = loadQuestionnaireText(miniText()).questionnaire;
const yesNo = kinds['yes-no'];
const choice = kinds.choice;
afterEach(() => {
  kinds['yes-no'] = yesNo;
  kinds.choice = choice;
});

const template = (): string => renderAnswersTemplate(mini, { today: '2026-01-01', schemaRef: 's.json', toolVersion: 't' });

describe('words from the kind', () => {
  it('a condition on a question whose answer is a list asks what it includes', () => {
    expect(template()).toContain('# Asked only when cards is yes.');
    expect(renderQuestionnaireMarkdown(mini)).toContain('`cards` (2.1) is "Yes"');
    kinds['yes-no'] = { ...yesNo, conditionVerb: 'includes' };
    expect(template()).toContain('# Asked only when cards includes yes.');
    expect(renderQuestionnaireMarkdown(mini)).toContain('`cards` (2.1) includes "Yes"');
  });

  it("a profile's requirement is said as the kind says it", () => {
    expect(renderQuestionnaireMarkdown(mini)).toMatch(/\| Is there a named senior owner\? \(`owner`\) \| In place \|/);
    kinds.choice = { ...choice, requirement: (question, required) => ({ ...choice.requirement(question, required), label: 'as the kind says' }) };
    expect(renderQuestionnaireMarkdown(mini)).toMatch(/\| Is there a named senior owner\? \(`owner`\) \| as the kind says \|/);
  });

  it("an answer is saved as the user's own text where the kind says it is", () => {
    const saved = (): string => {
      const doc = AnswersDocument.parse('questionnaire: mini\nanswers:\n', [{ id: 'cards', sectionId: 'tech', type: 'yes-no' }]);
      doc.set('cards', { status: 'answered', value: 'yes' });
      return doc.toString();
    };
    expect(saved()).toContain('cards: yes\n');
    kinds['yes-no'] = { ...yesNo, freeText: true };
    expect(saved()).not.toContain('cards: yes\n');
  });
});
