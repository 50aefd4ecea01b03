package vn.hoctap.rules.engine.subject;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.SubjectFacts;

/**
 * What every adapter reads the same way: who the subject is, the title and tier asked for, and when. Each adapter
 * reads these from its request once, at construction (requests are immutable), and keeps only what its own request
 * carries: statements, shares, levels, evidence and paths.
 */
abstract class RequestFacts implements SubjectFacts {
    private final String subjectId;
    private final String subjectName;
    private final int evaluationYear;
    private final LocalDate referenceDate;
    private final Title title;
    private final AdministrativeTier tier;
    private final List<Recognition> recognitions;

    RequestFacts(String subjectId, String subjectName, int evaluationYear, LocalDate referenceDate, Title title,
                 AdministrativeTier tier, List<Recognition> recognitions) {
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        this.evaluationYear = evaluationYear;
        this.referenceDate = referenceDate;
        this.title = title;
        this.tier = tier;
        this.recognitions = recognitions;
    }

    @Override
    public final String subjectId() {
        return subjectId;
    }

    @Override
    public final String subjectName() {
        return subjectName;
    }

    @Override
    public final int evaluationYear() {
        return evaluationYear;
    }

    @Override
    public final LocalDate referenceDate() {
        return referenceDate;
    }

    @Override
    public final Title title() {
        return title;
    }

    @Override
    public final AdministrativeTier tier() {
        return tier;
    }

    @Override
    public final List<Recognition> recognitions() {
        return recognitions;
    }

    /** None unless an adapter says otherwise: most titles' rules do not depend on what kind of subject it is. */
    @Override
    public List<Object> profileFacts() {
        return List.of();
    }

    /**
     * {@code input} as the adapter's own input type; any other input is a rule-pack error, named with the kind of
     * request (e.g. "unit") that does not carry it.
     */
    static <T extends Input> T own(Input input, Class<T> type, String request) {
        if (type.isInstance(input)) {
            return type.cast(input);
        }
        throw new IllegalArgumentException(input.jsonName() + " is not an input of a " + request + " request");
    }

    /**
     * The JSON path of an input of the TT 24/TT 25 requests: statements under {@code attestations}, anything else at
     * the top level under its own name.
     */
    static String topLevelPath(Input input, boolean attestation) {
        return attestation ? "$.attestations." + input.jsonName() : "$." + input.jsonName();
    }
}
