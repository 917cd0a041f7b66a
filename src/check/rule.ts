import type { Catalogue, MessageData, MessageId, Phrased } from '../messages/catalogue.js';
import type { RelatedLocation, Severity } from '../model/diagnostic.js';
import type { Entity, Project } from '../load/project.js';
import type { DataPath, SourceFile, Target } from '../load/source-file.js';

/** What a rule reports; the runner adds the rule id, the severity and the position. */
export interface Finding {
  file: SourceFile;
  path: DataPath;
  target?: Target;
  /** A place in the file's text instead of a YAML node (a paragraph of a Markdown body, from remark's positions). */
  offsets?: { start: number; end?: number };
  message: string;
  /** The catalogue id of the message, and the data it was phrased from: what findings are compared on. */
  messageId?: MessageId;
  data?: unknown;
  entityId?: string;
  hint?: string;
  related?: { message: string; messageId?: MessageId; data?: unknown; file: SourceFile; path: DataPath; target?: Target }[];
}

export interface RuleContext {
  project: Project;
  msg: Catalogue;
  /** A message by id with its data: spread into a finding, it gives message, messageId and data. */
  say<K extends MessageId>(messageId: K, ...data: MessageData<K> extends void ? [] : [MessageData<K>]): Phrased<K>;
  /** The date that "today" means for date rules, YYYY-MM-DD. */
  today: string;
  report(finding: Finding): void;
}

/** One check over the whole project. Rules never choose their own severity at report time. */
export interface Rule {
  id: string;
  severity: Severity;
  run(ctx: RuleContext): void;
}

/** A finding at an entity's own place, or at one of its fields. */
export function at(entity: Entity, field?: string | DataPath, target: Target = 'value'): Pick<Finding, 'file' | 'path' | 'target' | 'entityId'> {
  const extra = field === undefined ? [] : typeof field === 'string' ? [field] : field;
  return { file: entity.file, path: [...entity.path, ...extra], target, entityId: entity.id };
}

export type { RelatedLocation };
