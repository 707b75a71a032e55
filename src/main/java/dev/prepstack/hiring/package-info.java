/**
 * The interviewer's side: organisations and their members, invites, interview kits with immutable
 * versions, custom questions, candidates, scorecards with amendments and the side-by-side comparison.
 *
 * <p>Visibility: everything belongs to an organisation and only its members see it (anything else is
 * "not found"). Within it, an interviewer sees their own scorecards and, once they have submitted a
 * scorecard for a candidate, the other submitted scorecards for that candidate; drafts are only ever
 * seen by their author. Owners follow the same rule, so nobody is anchored by an earlier opinion.
 */
package dev.prepstack.hiring;
