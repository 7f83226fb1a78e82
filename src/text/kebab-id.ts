/** A questionnaire's or a system's id as the schemas require it: lower-case kebab-case, such as "social-care". Other ids are $defs/itemId. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
