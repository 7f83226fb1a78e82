import { randomBytes } from 'node:crypto';
import { ExitCode } from '../errors.js';
import { STDIN_NAME } from '../yaml/read-source.js';
import { toExtract } from '../share/extract.js';
import { futureAssessedOn } from '../share/future-assessed-on.js';
import { renderExtract } from '../share/render-extract.js';
import { confirmWritten } from './confirm-written.js';
import { CommandContext, type CommonOptions } from './context.js';
import { extractWarnings } from './extract-warnings.js';
import type { Io } from './io.js';
import { loadAssessment } from './load-assessment.js';
import { resolveToday } from './options.js';
import { writeOutputs } from './write-output.js';

export interface ShareOptions extends CommonOptions {
  output?: string;
  label?: string;
  named?: boolean;
  questionnaire?: string;
  today?: string;
}

/**
 * A label no one can trace back: random, never made from the organisation's name or the file's.
 * Six hex digits tell 16 million councils apart, far more than there are.
 */
const randomLabel = (): string => `council-${randomBytes(3).toString('hex')}`;

/** `cyber-ready share`: the anonymised extract of one answers file, as JSON. */
export async function runShare(io: Io, answersFile: string, options: ShareOptions): Promise<number> {
  const ctx = new CommandContext(io, options);
  const today = resolveToday(options.today, io);
  const { assessment, answers } = await loadAssessment(ctx, answersFile, { ...(options.questionnaire !== undefined ? { questionnaireRef: options.questionnaire } : {}), today, requireSystems: false });
  ctx.warn(extractWarnings(assessment, answersFile === '-' ? STDIN_NAME : answersFile, 'shared'));
  ctx.warn(futureAssessedOn(answers, today));
  const extract = toExtract(assessment, { label: options.label ?? randomLabel(), named: options.named === true, today });
  const json = renderExtract(extract);
  if (options.output) {
    await writeOutputs(ctx, [{ target: options.output, content: json }]);
    confirmWritten(io, [options.output]);
  } else io.stdout.write(json);
  return ExitCode.Ok;
}
