package nl.metrokaart.ingest;

import org.springframework.batch.core.step.Step;

/**
 * One step of the ingest, for one input kind. Each input package contributes its own as a
 * bean; the ingest and run jobs take them in {@code order} (the catalogue first, since
 * everything is checked against it; enrolments before what refers to participants).
 */
public record IngestStep(InputKind kind, int order, Step step) {

    public static final int CATALOGUE = 10;
    public static final int COMPANIES = 20;
    public static final int ENROLMENTS = 30;
    public static final int BADGES = 40;
    public static final int ASSESSMENTS = 50;
    public static final int FOLLOWUPS = 60;
    public static final int COACHES = 70;
    public static final int COACHING = 75;
    public static final int LEERCULTUURSCANS = 80;
    public static final int UNRECOGNISED = 100;
}
