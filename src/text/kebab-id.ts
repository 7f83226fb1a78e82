/** An id as the schemas require one (questionnaires, questions, systems): lower-case kebab-case, such as "social-care". */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
