import { SCHEMA_RULE_IDS } from '../../validate/schema-rule.js';
import type { Rule } from '../rule.js';
import { activityGoalOtherPlan } from './activity-goal-other-plan.js';
import { activityPeriodOrder } from './activity-period-order.js';
import { activityYear } from './activity-year.js';
import { budgetDuplicatePost } from './budget-duplicate-post.js';
import { budgetOver } from './budget-over.js';
import { budgetUnknownPost } from './budget-unknown-post.js';
import { goalCycle } from './goal-cycle.js';
import { goalNoActivity } from './goal-no-activity.js';
import { goalNoVision } from './goal-no-vision.js';
import { goalOwnerInactive } from './goal-owner-inactive.js';
import { goalOwnerMissing } from './goal-owner-missing.js';
import { goalParent } from './goal-parent.js';
import { goalPlan } from './goal-plan.js';
import { idConfusable } from './id-confusable.js';
import { idDuplicate } from './id-duplicate.js';
import { indicatorDuplicateYear } from './indicator-duplicate-year.js';
import { networkExpired } from './network-expired.js';
import { networkMemberDuplicate } from './network-member-duplicate.js';
import { networkMemberMissing } from './network-member-missing.js';
import { networkNoGoal } from './network-no-goal.js';
import { planDuplicateYear } from './plan-duplicate-year.js';
import { planOutsideProgram } from './plan-outside-program.js';
import { programDecisionsMissing } from './program-decisions-missing.js';
import { refUnknown } from './ref-unknown.js';
import { reportActivityMissing } from './report-activity-missing.js';
import { reportActivityOtherPlan } from './report-activity-other-plan.js';
import { reportAssessmentMissing } from './report-assessment-missing.js';
import { reportDuplicate } from './report-duplicate.js';
import { reportEmpty } from './report-empty.js';
import { textFiller } from './text-filler.js';
import { exampleMixed } from './example-mixed.js';
import { planCarryOver } from './plan-carry-over.js';
import { reportMeetings } from './report-meetings.js';
import { financeShares } from './finance-shares.js';
import { financeIncome } from './finance-income.js';
import { financeDisposition } from './finance-disposition.js';

/** The rules `sup check` runs over a loaded project, in this order. */
export const RULES: readonly Rule[] = [
  idDuplicate,
  idConfusable,
  refUnknown,
  goalOwnerMissing,
  goalOwnerInactive,
  goalParent,
  goalPlan,
  goalCycle,
  goalNoVision,
  goalNoActivity,
  activityYear,
  activityPeriodOrder,
  activityGoalOtherPlan,
  budgetUnknownPost,
  budgetDuplicatePost,
  budgetOver,
  networkMemberMissing,
  networkMemberDuplicate,
  networkExpired,
  networkNoGoal,
  planDuplicateYear,
  planOutsideProgram,
  programDecisionsMissing,
  reportActivityOtherPlan,
  reportActivityMissing,
  reportAssessmentMissing,
  reportDuplicate,
  reportEmpty,
  reportMeetings,
  financeShares,
  financeIncome,
  financeDisposition,
  indicatorDuplicateYear,
  planCarryOver,
  exampleMixed,
  textFiller,
];

/** Ids of findings that come from reading and validating files rather than from a rule over the project. */
export const FILE_RULE_IDS = [
  'file/read',
  'file/too-large',
  'file/encoding',
  'file/nul',
  'file/empty',
  'file/link',
  'file/special',
  'file/name',
  'frontmatter/missing',
  'frontmatter/unclosed',
  'frontmatter/empty',
  'frontmatter/language',
  'yaml/syntax',
  'yaml/alias',
  'yaml/too-deep',
  'yaml/too-large',
  'value/number',
  'body/too-large',
  'body/too-complex',
  ...SCHEMA_RULE_IDS,
  'config/unknown-rule',
  'config/no-files',
] as const;
