/**
 * Obligations: who is asked to do what.
 *
 * - One per top-level paragraph of an operative section. Its modality is the section's kind; its
 *   addressees are the section's, or, when the heading names none (做出决议), the actor the
 *   paragraph opens with as the subject of a modal (ITU-T须…). Collaborators are the section's
 *   and then the paragraph's own (与…协作, 在…的协助下), its sub-items' included; conditions are the
 *   section's and then the paragraph's, in text order. Sub-items belong to their paragraph's
 *   obligation and add none of their own.
 * - One ACTION_PLAN obligation per annex item whose text opens with an actor and a modal
 *   (TSB将与BDT开展合作…, TSB主任须与BDT主任密切协调…): the plan makes that actor responsible.
 *   Items that only name an actor as a means (通过TSB…) or a body that is not an actor
 *   (缩小标准化工作差距（BSG）计划应…) do not.
 */
import { findCollaborators, findConditions, readSubject } from './extract-actors';
import type { ActorMatcher } from './match-actors';
import type { Modality, SectionKind } from './types';

export interface OperativeSection {
  kind: SectionKind;
  addressees: string[];
  collaborators: string[];
  conditionsZh: string[];
  /** Top-level paragraphs, each with the texts of its sub-items. */
  paragraphs: { id: string; textZh: string; subItemsZh: string[] }[];
}

export interface PlannedObligation {
  id: string;
  sourceId: string;
  sourceLabel: 'Provision' | 'AnnexItem';
  modality: Modality;
  addressees: string[];
  collaborators: string[];
  conditionsZh: string[];
}

const OPERATIVE_MODALITIES: readonly SectionKind[] = [
  'RESOLVES',
  'INSTRUCTS',
  'REQUESTS',
  'URGES',
  'INVITES',
  'ENCOURAGES',
];

function merge(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}

export function buildObligations(
  sections: readonly OperativeSection[],
  annexItems: readonly { id: string; textZh: string }[],
  matcher: ActorMatcher,
): PlannedObligation[] {
  const fromParagraphs = sections.flatMap((section) => {
    if (!OPERATIVE_MODALITIES.includes(section.kind)) return [];
    return section.paragraphs.map((p): PlannedObligation => {
      const subject = section.addressees.length === 0 ? readSubject(p.textZh, matcher) : null;
      return {
        id: `${p.id}#o`,
        sourceId: p.id,
        sourceLabel: 'Provision',
        modality: section.kind as Modality,
        addressees: subject ? [subject] : section.addressees,
        collaborators: merge(
          section.collaborators,
          [p.textZh, ...p.subItemsZh].flatMap((text) => findCollaborators(text, matcher)),
        ),
        conditionsZh: [...section.conditionsZh, ...findConditions(p.textZh)],
      };
    });
  });
  const fromAnnex = annexItems.flatMap((item): PlannedObligation[] => {
    const subject = readSubject(item.textZh, matcher);
    if (!subject) return [];
    return [
      {
        id: `${item.id}#o`,
        sourceId: item.id,
        sourceLabel: 'AnnexItem',
        modality: 'ACTION_PLAN',
        addressees: [subject],
        collaborators: findCollaborators(item.textZh, matcher).filter((id) => id !== subject),
        conditionsZh: findConditions(item.textZh),
      },
    ];
  });
  return [...fromParagraphs, ...fromAnnex];
}
