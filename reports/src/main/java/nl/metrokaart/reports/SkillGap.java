package nl.metrokaart.reports;

/**
 * The skill gaps of one skill within one group (a lijn, or a company) at the report date, from
 * the skill_gap mart: rated and unrated participants, the mean gap and the share at or above
 * target over the rated ones (null when none is rated).
 */
public record SkillGap(String skillCode, String skillName, String groupCode, String groupName,
                       long rated, long unrated, Double meanGap, Double atTargetShare) {
}
