/**
 * The interviewer's side: organisations and their members, invites, interview kits with immutable
 * versions, custom questions, candidates, scorecards with amendments and the side-by-side comparison.
 *
 * <p>Visibility: everything belongs to an organisation and only its members see it (anything else is
 * "not found"). Within it, an interviewer sees their own scorecards and, once they have submitted a
 * scorecard for a candidate, the other submitted scorecards for that candidate; drafts are only ever
 * seen by their author. Owners follow the same rule, so nobody is anchored by an earlier opinion.
 * Calibration drills follow it too: a drill's ratings open to those who have submitted their own.
 *
 * <p>Entry points, one method per use case: {@link dev.prepstack.hiring.Organisations} (organisations,
 * members, invites), {@link dev.prepstack.hiring.Kits} (kits and their versions), {@link
 * dev.prepstack.hiring.CustomQuestions}, {@link dev.prepstack.hiring.Candidates} and {@link
 * dev.prepstack.hiring.Scorecards} (scorecards, suggestions, the comparison), {@link dev.prepstack.hiring.Drills}
 * (calibration drills) and {@link dev.prepstack.hiring.Calibration} (agreement, severity and habits,
 * computed with {@link dev.prepstack.hiring.Agreement}). Each aggregate keeps its
 * SQL in a package-private store; people's names come through the account module's API. It uses the
 * account module (sign-in, roles, names, the export and deletion port), the catalog and content (bank
 * questions, levels, common mistakes), search (the kit builder's picker) and feedback (suggestions).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Hiring",
        allowedDependencies = {"account", "catalog", "content", "feedback", "search", "shared"})
package dev.prepstack.hiring;
