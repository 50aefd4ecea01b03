package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.rules.pack.DrlRules.Kind;
import vn.hoctap.rules.pack.DrlRules.Reference;

/** What the scanner reads from a DRL file before it is compiled: the ids its rules name, at their lines. */
class DrlRulesTest {
    @Test
    void idsInEqualitiesAndInListsAreFoundAtTheirLines() {
        DrlRules.Source s = DrlRules.Source.of("f.drl", "f.drl", """
                package vn.hoctap.packs.x;
                rule "a"
                when
                    $c : Check( indicatorId == "X.C1.1", level == Level.LEVEL_1 )
                    Check( criterionId in ("X.C2",
                                           "X.C3"), schemeId=="TT24.H" )
                then
                    $c.requireShare(UnitInput.MEMBERS_LEARNING_CITIZEN,
                                    "X.C1.1.MIN_PERCENT");
                    $c.requireLevel(UnitInput.DIGITAL_MATURITY, "X.C1.1.MIN_LEVEL");
                end
                """);
        assertEquals("vn.hoctap.packs.x", s.packageName());
        assertEquals(List.of(
                new Reference(Kind.INDICATOR, "X.C1.1", "f.drl", 4),
                new Reference(Kind.CRITERION, "X.C2", "f.drl", 5),
                new Reference(Kind.CRITERION, "X.C3", "f.drl", 6),
                new Reference(Kind.SCHEME, "TT24.H", "f.drl", 6),
                new Reference(Kind.PARAMETER, "X.C1.1.MIN_PERCENT", "f.drl", 9),
                new Reference(Kind.PARAMETER, "X.C1.1.MIN_LEVEL", "f.drl", 10)), DrlRules.references(s));
    }

    @Test
    void commentsAreNotReadButStringsThatLookLikeCommentsAre() {
        DrlRules.Source s = DrlRules.Source.of("f.drl", "f.drl", """
                // package vn.hoctap.rules.tt24;
                /* Check( indicatorId == "IN.BLOCK" )
                   still a comment */ package vn.hoctap.packs.y;
                rule "b" // Check( indicatorId == "IN.LINE" )
                when
                    $c : Check( indicatorId == "A//B", criterionId == "C/*D" )
                then
                end
                """);
        assertEquals("vn.hoctap.packs.y", s.packageName());
        assertEquals(List.of(new Reference(Kind.INDICATOR, "A//B", "f.drl", 6),
                new Reference(Kind.CRITERION, "C/*D", "f.drl", 6)), DrlRules.references(s));
    }

    @Test
    void aFileWithoutPackageHasNone() {
        assertNull(DrlRules.Source.of("f.drl", "f.drl", "rule \"x\" when then end\n").packageName());
    }
}
