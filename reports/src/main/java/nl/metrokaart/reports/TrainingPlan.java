package nl.metrokaart.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A company's Opleidingsplan, already computed by the warehouse's marts (participant_skill_gap
 * and training_suggestion at the report date): per employee and skill the gap, and the
 * nanomodules that bring the skill to its target level that the employee has not attended.
 *
 * @param gaps    one row per employee and skill, ordered by employee and skill
 * @param modules per suggested module, how many of the company's employees it would help
 * @param picture the metrokaart with the suggested modules ringed; null for none
 */
public record TrainingPlan(String pps, String companyKvk, String companyName, LocalDate date,
                           List<SkillGap> gaps, List<ModuleUse> modules, MetrokaartPicture picture) {

    public TrainingPlan {
        gaps = List.copyOf(gaps);
        modules = List.copyOf(modules);
    }

    /** Where an employee stands on a skill. */
    public enum Status {
        GAP("plan.status.gap"),
        AT_TARGET("plan.status.at_target"),
        NOT_RATED("plan.status.not_rated");

        private final String messageKey;

        Status(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * One employee and one skill.
     *
     * @param employee        the employee's number in this plan (1..n, in the order of their pseudonyms)
     * @param keyPrefix       the first characters of the pseudonym, so the pps can look the person up
     * @param lijnen          the lijnen the employee followed whose profile asks the skill
     * @param currentLevel    null when unrated
     * @param gap             null when unrated
     * @param reachingModules how many modules of the catalogue reach the target, attended or not
     * @param suggested       the modules reaching the target that the employee has not attended (none when at target)
     */
    public record SkillGap(int employee, String keyPrefix, String skillCode, String skillName, List<String> lijnen,
                           int targetLevel, Integer currentLevel, Integer gap, int reachingModules, List<Suggestion> suggested) {

        public SkillGap {
            lijnen = List.copyOf(lijnen);
            suggested = List.copyOf(suggested);
        }

        public Status status() {
            if (currentLevel == null) {
                return Status.NOT_RATED;
            }
            return gap != null && gap > 0 ? Status.GAP : Status.AT_TARGET;
        }
    }

    /** A module suggested for one employee and skill: the level it brings the skill to, its lijnen and hours. */
    public record Suggestion(String moduleCode, String title, double hours, int level, List<String> lijnen) {

        public Suggestion {
            lijnen = List.copyOf(lijnen);
        }
    }

    /**
     * A suggested module and whom it would help: the employees it is suggested for, the
     * employee-skills with a gap it closes and the unrated ones whose target it reaches.
     */
    public record ModuleUse(String moduleCode, String title, double hours, List<String> lijnen, List<String> skills,
                            int employees, int gapsClosed, int notRated) {

        public ModuleUse {
            lijnen = List.copyOf(lijnen);
            skills = List.copyOf(skills);
        }
    }
}
