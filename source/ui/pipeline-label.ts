import {sanitizeText} from '../shared/sanitize.js';
import type {PipelineSummary} from '../board/types.js';

// Enough to tell apart pipelines that share a name: who owns it and since when.
export function pipelineLabel(p: PipelineSummary, detailed = false): string {
  const name = sanitizeText(p.name);
  if (!detailed) return name;
  const owner = p.ownerType
    ? `${p.ownerType} ${sanitizeText(p.ownerId ?? '?').slice(0, 8)}`
    : 'no owner';
  const created = p.createdAt
    ? `created ${sanitizeText(p.createdAt).slice(0, 10)}`
    : 'creation date unknown';
  return `${name}  (${owner}, ${created}, id ${sanitizeText(p.id).slice(0, 8)})`;
}
