export { STYLE_RULE_IDS, STYLE_RULES, isStyleRuleId, type StyleRuleId } from './rules';
export { lintChapters, type ChapterText, type StyleOptions, type StyleResult } from './lintStyle';
export { StyleChecker, styleOptionsFrom } from './styleChecker';
export { parseStyleGuide, STYLE_GUIDE_FILE, type StyleGuide } from './styleGuide';
export { BUILT_IN_PHRASES } from './stockPhrases';
