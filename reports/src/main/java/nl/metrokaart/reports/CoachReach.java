package nl.metrokaart.reports;

/**
 * What train-the-trainer reached in a period, as the mart {@code coach_reach} gives it: coaches
 * trained and active, the companies with a workplace coach (as of the period's end), the coaching
 * activities and the colleagues they reached.
 *
 * @param colleaguesReached the colleagues named by address plus, per coach, the most counted ones of any one activity (at least this many)
 * @param coachingHours the hours of the period's activities; null when none gave hours
 */
public record CoachReach(long coachesTrained, long coachesToDate, long companiesWithCoach, long mkbCompaniesWithCoach,
                         long companiesFirstCoach, long coachesActive, long activities, long activitiesUnknownCoach,
                         long colleagueContacts, long colleaguesNamed, long colleaguesReached, Double coachingHours) {

    public static final CoachReach NONE = new CoachReach(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
}
