package vn.hoctap.rules.pack;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitAttestations;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;

/**
 * Test fixture: a state agency ("Sở Tư pháp" at province level, "Phòng Nội vụ" at district level) of 1000 members
 * that has done and proven everything TT 24 asks, every member attribute at 1000, except the counts a test sets.
 */
final class Units {
    private Units() {
    }

    /** The unit at {@code tier} for the evaluation year {@code year}, member attributes as given or 1000. */
    static UnitEvaluationRequest stateAgency(AdministrativeTier tier, int year, Map<MemberAttribute, Integer> counts) {
        return stateAgency(tier, year, null, counts, true);
    }

    /**
     * @param referenceDate  the date whose rules apply, or {@code null} for 31 December
     * @param conditions     whether the unit states (with evidence) the conditions of criterion 1; without them
     *                       criterion 1 is undetermined
     */
    static UnitEvaluationRequest stateAgency(AdministrativeTier tier, int year, LocalDate referenceDate,
                                             Map<MemberAttribute, Integer> counts, boolean conditions) {
        Organisation unit = new Organisation(tier == AdministrativeTier.PROVINCE ? "SO-TU-PHAP" : "PHONG-NOI-VU",
                tier == AdministrativeTier.PROVINCE ? "Sở Tư pháp" : "Phòng Nội vụ", OrganisationKind.STATE_AGENCY,
                null, null, tier, null);
        Map<MemberAttribute, Integer> all = new EnumMap<>(MemberAttribute.class);
        for (MemberAttribute a : MemberAttribute.values()) {
            all.put(a, 1000);
        }
        all.putAll(counts);
        Boolean c = conditions ? Boolean.TRUE : null;
        UnitAttestations attestations = new UnitAttestations(c, c, null, c, c, c, true, true, null);
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (UnitInput input : UnitInput.values()) {
            evidence.put(input.jsonName(), List.of(Evidence.of("Hồ sơ " + input.jsonName())));
        }
        return new UnitEvaluationRequest(year, referenceDate, unit, MemberCounts.of(1000, all), null, null,
                attestations, null, evidence, null);
    }
}
