package vn.hoctap.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;

/**
 * A scheme may name no evidence rule when its indicators take no evidence ("Công dân học tập" scores); a rule of such
 * a scheme that asks for a statement, a share or a level, which need evidence, is a broken pack and is refused.
 */
class SchemeWithoutEvidenceRuleTest {

    @Test
    void aRuleAskingForEvidenceBackedDataInASchemeWithoutAnEvidenceRuleIsRefused() {
        RulePack tt24 = RulePack.tt24();
        List<Scheme> schemes = tt24.catalogue().schemes().stream().map(s -> new Scheme(s.id(), s.title(), s.tier(),
                s.nameVi(), s.nameEn(), s.document(), s.effectiveFrom(), s.effectiveTo(), s.levels(), s.criteria(),
                null, s.procedure(), s.scoring())).toList();
        Evaluator broken = Evaluator.of(List.of(new RulePack("national", tt24.kieBase(),
                new Catalogue(tt24.catalogue().criteria(), schemes), tt24.parameters())));
        Organisation unit = new Organisation("U", "Sở Tư pháp", OrganisationKind.STATE_AGENCY, null, null,
                AdministrativeTier.PROVINCE, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.evaluate(
                new UnitEvaluationRequest(2024, null, unit, null, null, null, null, null, null, null)));
        assertTrue(e.getMessage().contains("names no evidence rule"), e.getMessage());
    }
}
