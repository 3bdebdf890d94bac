/**
 * Document order across the kinds of a resolution's text, as one list to sort by: the body
 * before the annex; in the body, section by section, a heading before its provisions (which
 * follow their ordinal); in the annex, its title, then programme by programme, a title before
 * its items (by ordinal). Sections and programmes are found by the ids their parts hold.
 */

/** The sort key of the text node `v` (a Section, Provision, Annex, Programme or AnnexItem). */
export function documentPosition(v: string): string {
  return `[${v}.resolutionId,
  CASE WHEN ${v}:Annex OR ${v}:Programme OR ${v}:AnnexItem THEN 1 ELSE 0 END,
  coalesce(
    CASE WHEN ${v}:Section THEN ${v}.ordinal WHEN ${v}:Programme THEN ${v}.number END,
    COLLECT { MATCH (section:Section {id: ${v}.sectionId}) RETURN section.ordinal }[0],
    COLLECT { MATCH (programme:Programme {id: ${v}.programmeId}) RETURN programme.number }[0],
    0),
  CASE WHEN ${v}:Provision OR ${v}:AnnexItem THEN 1 ELSE 0 END,
  coalesce(CASE WHEN ${v}:Provision OR ${v}:AnnexItem THEN ${v}.ordinal END, 0)]`;
}
