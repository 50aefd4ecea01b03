package vn.hoctap.rules.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneAttestations;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LiteracyFigures;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PreschoolFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.request.UniversalEducationStandard;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Commune;

/**
 * Changes to a commune request for the invariant properties: improvements that can only help the commune under
 * TT 25 (a statement turned to "yes" with evidence, a count of citizens or a NĐ 20 figure raised, a
 * recognised step raised, the disadvantaged-area flag set) and the completion of every missing datum at random.
 */
final class Tt25CommuneChanges {
    private Tt25CommuneChanges() {
    }

    /** The level reached as a number, for comparing verdicts: not recognised 0, level 1 1, level 2 2. */
    static int rank(Verdict v) {
        return switch (v) {
            case NOT_RECOGNISED -> 0;
            case LEVEL_1 -> 1;
            case LEVEL_2 -> 2;
            case NOT_DETERMINED -> throw new IllegalArgumentException("not determined has no rank");
        };
    }

    /** One improvement, named for failure reports. */
    record Improvement(String name, UnaryOperator<CommuneEvaluationRequest> change) {
        CommuneEvaluationRequest applyTo(CommuneEvaluationRequest r) {
            return change.apply(r);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The improvements that apply to {@code r}. */
    static List<Improvement> candidates(CommuneEvaluationRequest r) {
        List<Improvement> out = new ArrayList<>();
        for (CommuneInput i : CommuneInput.values()) {
            if (i.kind() == CommuneInput.Kind.ATTESTATION && !Boolean.TRUE.equals(r.attestations().get(i).orElse(null))) {
                out.add(new Improvement("state " + i.jsonName() + " with evidence",
                        x -> withEvidence(with(x, x.attestations().with(i, true)), i.jsonName())));
            }
        }
        // Adding evidence is no improvement under TT 25 (evidence never decides an outcome; see
        // Tt25CommuneInvariantProperties.evidenceIsCountedButNeverDecides), so it is not offered here.
        CitizenCounts c = r.citizens();
        if (c != null && c.total() != null) {
            int t = c.total();
            if (c.learningCitizen() != null && c.learningCitizen() < t) {
                out.add(new Improvement("more learning citizens", x -> x.withCitizens(new CitizenCounts(t,
                        up(c.learningCitizen(), t), c.professionallyTrained(), c.universityDegree()))));
            }
            if (c.professionallyTrained() != null && c.professionallyTrained() < t) {
                out.add(new Improvement("more trained citizens", x -> x.withCitizens(new CitizenCounts(t,
                        c.learningCitizen(), up(c.professionallyTrained(), t), c.universityDegree()))));
            }
            if (c.universityDegree() != null) {
                int cap = c.professionallyTrained() == null ? t : c.professionallyTrained();
                if (c.universityDegree() < cap) {
                    out.add(new Improvement("more degree holders", x -> x.withCitizens(new CitizenCounts(t,
                            c.learningCitizen(), c.professionallyTrained(), up(c.universityDegree(), cap)))));
                }
            }
        }
        if (Boolean.FALSE.equals(r.commune().disadvantaged())) {
            out.add(new Improvement("commune in a disadvantaged area (lower C5.2 thresholds)", x -> with(x,
                    new Commune(x.commune().unit(), true, x.commune().especiallyDifficult(),
                            x.commune().recognitions()))));
        }
        r.recognised().ifPresent(rec -> {
            for (UniversalEducationStandard s : UniversalEducationStandard.values()) {
                rec.get(s).filter(st -> Tt25CommuneRequests.stepUp(s, st.status()) != st.status())
                        .ifPresent(st -> out.add(new Improvement("recognised " + s.jsonName() + " one step up",
                                x -> with(x, UniversalEducation.recognised(replace(x.recognised().orElseThrow(), s,
                                        new RecognisedStandard(Tt25CommuneRequests.stepUp(s, st.status()),
                                                st.decisionNumber(), st.decisionDate())))))));
            }
        });
        r.figures().ifPresent(f -> out.addAll(figureImprovements(f)));
        return out;
    }

    /** A step up large enough to cross a threshold in a few steps: one person plus 4 % of the cap. */
    private static int up(int value, int cap) {
        return Math.min(cap, value + 1 + cap / 25);
    }

    /** The smallest of the bounds that are known; {@code null} when none is. */
    static Integer least(Integer... bounds) {
        Integer least = null;
        for (Integer b : bounds) {
            if (b != null && (least == null || b < least)) {
                least = b;
            }
        }
        return least;
    }

    /** An inner band's count plus everyone in the rest of the wider band, when all three are known. */
    static Integer plusRest(Integer innerPart, Integer wider, Integer inner) {
        return innerPart == null || wider == null || inner == null ? null : innerPart + (wider - inner);
    }

    private static List<Improvement> figureImprovements(UniversalEducationFigures f) {
        List<Improvement> out = new ArrayList<>();
        PreschoolFigures p = f.preschool5();
        if (p != null && p.children() != null) {
            if (p.attending() != null && p.attending() < p.children()) {
                out.add(figures("more 5-year-olds attending", x -> new UniversalEducationFigures(new PreschoolFigures(
                        p.children(), up(p.attending(), p.children()), p.completedProgramme()), x.primary(),
                        x.lowerSecondary(), x.literacy())));
            }
            if (p.completedProgramme() != null && p.completedProgramme() < p.children()) {
                out.add(figures("more 5-year-olds completing", x -> new UniversalEducationFigures(new PreschoolFigures(
                        p.children(), p.attending(), up(p.completedProgramme(), p.children())), x.primary(),
                        x.lowerSecondary(), x.literacy())));
            }
        }
        PrimaryFigures q = f.primary();
        if (q != null) {
            if (q.childrenAged6() != null && q.enteredGrade1() != null && q.enteredGrade1() < q.childrenAged6()) {
                out.add(figures("more 6-year-olds in grade 1", x -> new UniversalEducationFigures(x.preschool5(),
                        new PrimaryFigures(q.childrenAged6(), up(q.enteredGrade1(), q.childrenAged6()),
                                q.childrenUpTo14(), q.completedUpTo14(), q.childrenAged11(), q.completedAged11(),
                                q.inPrimaryAged11()), x.lowerSecondary(), x.literacy())));
            }
            if (q.childrenUpTo14() != null && q.completedUpTo14() != null && q.completedUpTo14() < q.childrenUpTo14()) {
                out.add(figures("more children up to 14 completing", x -> new UniversalEducationFigures(
                        x.preschool5(), new PrimaryFigures(q.childrenAged6(), q.enteredGrade1(), q.childrenUpTo14(),
                        up(q.completedUpTo14(), q.childrenUpTo14()), q.childrenAged11(), q.completedAged11(),
                        q.inPrimaryAged11()), x.lowerSecondary(), x.literacy())));
            }
            if (q.childrenAged11() != null && q.completedAged11() != null) {
                int room = q.childrenAged11() - q.completedAged11() - (q.inPrimaryAged11() == null ? 0
                        : q.inPrimaryAged11());
                if (q.inPrimaryAged11() != null && room > 0) {
                    out.add(figures("more 11-year-olds in primary classes", x -> new UniversalEducationFigures(
                            x.preschool5(), new PrimaryFigures(q.childrenAged6(), q.enteredGrade1(),
                            q.childrenUpTo14(), q.completedUpTo14(), q.childrenAged11(), q.completedAged11(),
                            q.inPrimaryAged11() + 1), x.lowerSecondary(), x.literacy())));
                }
                if (q.completedAged11() < q.childrenAged11()) {
                    // One more 11-year-old completes: taken from those in primary classes if none is out of school.
                    Integer inPrimary = q.inPrimaryAged11() == null ? null
                            : room > 0 ? q.inPrimaryAged11() : q.inPrimaryAged11() - 1;
                    out.add(figures("one more 11-year-old completing", x -> new UniversalEducationFigures(
                            x.preschool5(), new PrimaryFigures(q.childrenAged6(), q.enteredGrade1(),
                            q.childrenUpTo14(), q.completedUpTo14(), q.childrenAged11(), q.completedAged11() + 1,
                            inPrimary), x.lowerSecondary(), x.literacy())));
                }
            }
        }
        LowerSecondaryFigures s = f.lowerSecondary();
        if (s != null && s.youthAged15To18() != null) {
            if (s.graduated() != null && s.graduated() < s.youthAged15To18()) {
                out.add(figures("more graduates aged 15-18", x -> new UniversalEducationFigures(x.preschool5(),
                        x.primary(), new LowerSecondaryFigures(s.youthAged15To18(), up(s.graduated(),
                        s.youthAged15To18()), s.studying()), x.literacy())));
            }
            if (s.studying() != null && s.studying() < s.youthAged15To18()) {
                out.add(figures("more 15-18 studying", x -> new UniversalEducationFigures(x.preschool5(),
                        x.primary(), new LowerSecondaryFigures(s.youthAged15To18(), s.graduated(),
                        up(s.studying(), s.youthAged15To18())), x.literacy())));
            }
        }
        LiteracyFigures l = f.literacy();
        if (l != null) {
            // Each count rises no higher than its band allows (NĐ 20 Art. 20.1, 21.1; LiteracyFigures): the inner
            // band's count stays within the wider band's, and the wider one within the inner one plus everyone in
            // the rest of the wider band.
            Integer cap25 = least(l.peopleAged15To25(), l.literateLevel1Aged15To35());
            if (l.literateLevel1Aged15To25() != null && cap25 != null && l.literateLevel1Aged15To25() < cap25) {
                out.add(figures("more literate aged 15-25", x -> new UniversalEducationFigures(x.preschool5(),
                        x.primary(), x.lowerSecondary(), new LiteracyFigures(l.peopleAged15To25(),
                        up(l.literateLevel1Aged15To25(), cap25), l.peopleAged15To35(),
                        l.literateLevel1Aged15To35(), l.literateLevel2Aged15To35(), l.peopleAged15To60(),
                        l.literateLevel2Aged15To60()))));
            }
            Integer cap35 = least(l.peopleAged15To35(), plusRest(l.literateLevel1Aged15To25(), l.peopleAged15To35(),
                    l.peopleAged15To25()));
            if (l.literateLevel1Aged15To35() != null && cap35 != null && l.literateLevel1Aged15To35() < cap35) {
                out.add(figures("more literate (level 1) aged 15-35", x -> new UniversalEducationFigures(
                        x.preschool5(), x.primary(), x.lowerSecondary(), new LiteracyFigures(l.peopleAged15To25(),
                        l.literateLevel1Aged15To25(), l.peopleAged15To35(), up(l.literateLevel1Aged15To35(),
                        cap35), l.literateLevel2Aged15To35(), l.peopleAged15To60(),
                        l.literateLevel2Aged15To60()))));
            }
            Integer cap = least(l.literateLevel1Aged15To35() != null ? l.literateLevel1Aged15To35()
                    : l.peopleAged15To35(), l.literateLevel2Aged15To60());
            if (cap != null && l.literateLevel2Aged15To35() != null && l.literateLevel2Aged15To35() < cap) {
                out.add(figures("more literate (level 2) aged 15-35", x -> new UniversalEducationFigures(
                        x.preschool5(), x.primary(), x.lowerSecondary(), new LiteracyFigures(l.peopleAged15To25(),
                        l.literateLevel1Aged15To25(), l.peopleAged15To35(), l.literateLevel1Aged15To35(),
                        up(l.literateLevel2Aged15To35(), cap), l.peopleAged15To60(), l.literateLevel2Aged15To60()))));
            }
            Integer cap60 = least(l.peopleAged15To60(), plusRest(l.literateLevel2Aged15To35(), l.peopleAged15To60(),
                    l.peopleAged15To35()));
            if (l.literateLevel2Aged15To60() != null && cap60 != null && l.literateLevel2Aged15To60() < cap60) {
                out.add(figures("more literate aged 15-60", x -> new UniversalEducationFigures(x.preschool5(),
                        x.primary(), x.lowerSecondary(), new LiteracyFigures(l.peopleAged15To25(),
                        l.literateLevel1Aged15To25(), l.peopleAged15To35(), l.literateLevel1Aged15To35(),
                        l.literateLevel2Aged15To35(), l.peopleAged15To60(), up(l.literateLevel2Aged15To60(),
                        cap60)))));
            }
        }
        return out;
    }

    private static Improvement figures(String name, UnaryOperator<UniversalEducationFigures> change) {
        return new Improvement(name, x -> with(x, UniversalEducation.fromFigures(change.apply(x.figures().orElseThrow()))));
    }

    // ---- completion -------------------------------------------------------------------------------------------

    /**
     * {@code r} with every missing datum filled in at random (statements, flags, counts, recognised steps, figures),
     * each consistent with what is given; data already given are kept. Evidence is not added: evidence left out is
     * not missing data but a requirement not met.
     */
    static CommuneEvaluationRequest complete(CommuneEvaluationRequest r, Random random) {
        CommuneEvaluationRequest fresh = Tt25CommuneRequests.request(Tt25CommuneRequests.PROFILES.get(5), random);
        CommuneAttestations a = r.attestations();
        for (CommuneInput i : CommuneInput.values()) {
            if (i.kind() == CommuneInput.Kind.ATTESTATION && a.get(i).isEmpty()) {
                a = a.with(i, random.nextBoolean());
            }
        }
        Commune c = r.commune();
        Commune commune = new Commune(c.unit(), c.disadvantaged() != null ? c.disadvantaged() : random.nextBoolean(),
                c.especiallyDifficult() != null ? c.especiallyDifficult() : random.nextBoolean(), c.recognitions());
        CitizenCounts citizens = completeCitizens(r.citizens(), random);
        UniversalEducation ue = r.universalEducation();
        if (ue == null || (ue.recognised() == null && ue.figures() == null)) {
            ue = fresh.universalEducation() != null ? fresh.universalEducation()
                    : UniversalEducation.recognised(new RecognisedUniversalEducation(null, null, null, null));
        }
        if (ue.recognised() != null) {
            RecognisedUniversalEducation rec = ue.recognised();
            for (UniversalEducationStandard s : UniversalEducationStandard.values()) {
                if (rec.get(s).isEmpty()) {
                    rec = replace(rec, s, RecognisedStandard.of(s.scale().get(random.nextInt(s.scale().size()))));
                }
            }
            ue = UniversalEducation.recognised(rec);
        } else {
            ue = UniversalEducation.fromFigures(completeFigures(ue.figures(), random));
        }
        return new CommuneEvaluationRequest(r.evaluationYear(), r.referenceDate(), commune, citizens, a, ue, r.evidence());
    }

    private static int between(Random random, int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    private static int max(Integer... values) {
        int m = 0;
        for (Integer v : values) {
            if (v != null) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    private static CitizenCounts completeCitizens(CitizenCounts c, Random random) {
        if (c == null) {
            c = new CitizenCounts(null, null, null, null);
        }
        int total = c.total() != null ? c.total()
                : Math.max(1, max(c.learningCitizen(), c.professionallyTrained(), c.universityDegree()))
                + random.nextInt(100);
        int learning = c.learningCitizen() != null ? c.learningCitizen() : between(random, 0, total);
        int trained = c.professionallyTrained() != null ? c.professionallyTrained()
                : between(random, max(c.universityDegree()), total);
        int degree = c.universityDegree() != null ? c.universityDegree() : between(random, 0, trained);
        return new CitizenCounts(total, learning, trained, degree);
    }

    private static UniversalEducationFigures completeFigures(UniversalEducationFigures f, Random random) {
        PreschoolFigures p = f.preschool5() != null ? f.preschool5() : new PreschoolFigures(null, null, null);
        int children = p.children() != null ? p.children() : Math.max(1, max(p.attending(), p.completedProgramme()));
        PreschoolFigures preschool = new PreschoolFigures(children,
                p.attending() != null ? p.attending() : between(random, 0, children),
                p.completedProgramme() != null ? p.completedProgramme() : between(random, 0, children));

        PrimaryFigures q = f.primary() != null ? f.primary()
                : new PrimaryFigures(null, null, null, null, null, null, null);
        int six = q.childrenAged6() != null ? q.childrenAged6() : Math.max(1, max(q.enteredGrade1()));
        int upTo14 = q.childrenUpTo14() != null ? q.childrenUpTo14() : Math.max(1, max(q.completedUpTo14()));
        int eleven = q.childrenAged11() != null ? q.childrenAged11()
                : Math.max(1, max(q.completedAged11()) + max(q.inPrimaryAged11()));
        int done11 = q.completedAged11() != null ? q.completedAged11()
                : between(random, 0, eleven - max(q.inPrimaryAged11()));
        int inPrimary = q.inPrimaryAged11() != null ? q.inPrimaryAged11()
                : random.nextBoolean() ? eleven - done11 : between(random, 0, eleven - done11);
        PrimaryFigures primary = new PrimaryFigures(six, q.enteredGrade1() != null ? q.enteredGrade1()
                : between(random, 0, six), upTo14, q.completedUpTo14() != null ? q.completedUpTo14()
                : between(random, 0, upTo14), eleven, done11, inPrimary);

        LowerSecondaryFigures s = f.lowerSecondary() != null ? f.lowerSecondary()
                : new LowerSecondaryFigures(null, null, null);
        int youth = s.youthAged15To18() != null ? s.youthAged15To18() : Math.max(1, max(s.graduated(), s.studying()));
        LowerSecondaryFigures lower = new LowerSecondaryFigures(youth,
                s.graduated() != null ? s.graduated() : between(random, 0, youth),
                s.studying() != null ? s.studying() : between(random, 0, youth));

        LiteracyFigures l = f.literacy() != null ? f.literacy()
                : new LiteracyFigures(null, null, null, null, null, null, null);
        // Missing figures are drawn within their bands (NĐ 20 Art. 20.1, 21.1; LiteracyFigures): a wider band's
        // count lies between the inner band's and that plus everyone in the rest of the wider band.
        Integer known25 = l.literateLevel1Aged15To25();
        Integer known35 = l.literateLevel1Aged15To35();
        int p35 = l.peopleAged15To35() != null ? l.peopleAged15To35()
                : Math.max(1, max(l.peopleAged15To25(), known35, l.literateLevel2Aged15To35(), known25,
                (l.peopleAged15To25() != null ? l.peopleAged15To25() : 1)
                        + (known25 != null && known35 != null ? known35 - known25 : 0)));
        int p25 = l.peopleAged15To25() != null ? l.peopleAged15To25()
                : between(random, Math.max(1, max(known25)), known25 == null ? p35
                : p35 - Math.max(0, max(known35, l.literateLevel2Aged15To35()) - known25));
        Integer l2of60Given = l.literateLevel2Aged15To60();
        int p60 = l.peopleAged15To60() != null ? l.peopleAged15To60()
                : max(p35, l2of60Given, l2of60Given == null ? null : p35 + l2of60Given
                - max(l.literateLevel2Aged15To35() != null ? l.literateLevel2Aged15To35() : known35),
                l2of60Given == null || known25 == null ? null : p25 + l2of60Given - known25) + random.nextInt(50);
        int l2of60Known = max(l.literateLevel2Aged15To60());
        int l1of35 = known35 != null ? known35
                : between(random, Math.max(max(l.literateLevel2Aged15To35(), known25,
                        l2of60Known - (p60 - p35)), 0), Math.min(p35, known25 != null ? known25 + p35 - p25 : p35));
        int l1of25 = l.literateLevel1Aged15To25() != null ? l.literateLevel1Aged15To25()
                : between(random, Math.max(0, l1of35 - (p35 - p25)), Math.min(p25, l1of35));
        int l2of60 = l.literateLevel2Aged15To60() != null ? l.literateLevel2Aged15To60() : -1;
        int l2of35 = l.literateLevel2Aged15To35() != null ? l.literateLevel2Aged15To35()
                : between(random, l2of60 < 0 ? 0 : Math.max(0, l2of60 - (p60 - p35)),
                        l2of60 < 0 ? l1of35 : Math.min(l1of35, l2of60));
        if (l2of60 < 0) {
            l2of60 = between(random, l2of35, l2of35 + (p60 - p35));
        }
        LiteracyFigures literacy = new LiteracyFigures(p25, l1of25, p35, l1of35, l2of35, p60, l2of60);
        return new UniversalEducationFigures(preschool, primary, lower, literacy);
    }

    // ---- copies -----------------------------------------------------------------------------------------------

    static CommuneEvaluationRequest with(CommuneEvaluationRequest r, CommuneAttestations a) {
        return new CommuneEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.commune(), r.citizens(), a,
                r.universalEducation(), r.evidence());
    }

    static CommuneEvaluationRequest with(CommuneEvaluationRequest r, Commune c) {
        return new CommuneEvaluationRequest(r.evaluationYear(), r.referenceDate(), c, r.citizens(), r.attestations(),
                r.universalEducation(), r.evidence());
    }

    static CommuneEvaluationRequest with(CommuneEvaluationRequest r, UniversalEducation ue) {
        return new CommuneEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.commune(), r.citizens(),
                r.attestations(), ue, r.evidence());
    }

    static CommuneEvaluationRequest withEvidence(CommuneEvaluationRequest r, String name) {
        Map<String, List<Evidence>> e = new LinkedHashMap<>(r.evidence());
        e.put(name, List.of(Evidence.of("Bổ sung " + name)));
        return r.withEvidence(e);
    }

    static RecognisedUniversalEducation replace(RecognisedUniversalEducation r, UniversalEducationStandard s,
                                                RecognisedStandard value) {
        return new RecognisedUniversalEducation(
                s == UniversalEducationStandard.PRESCHOOL_5 ? value : r.preschool5(),
                s == UniversalEducationStandard.PRIMARY ? value : r.primary(),
                s == UniversalEducationStandard.LOWER_SECONDARY ? value : r.lowerSecondary(),
                s == UniversalEducationStandard.LITERACY ? value : r.literacy());
    }
}
