package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ten competencies of "Công dân học tập" (criteria.md §7): three groups of 4, 4 and 2, each a score. */
class CitizenInputTest {

    @Test
    void threeGroupsOfFourFourAndTwo() {
        Map<Integer, Long> sizes = Arrays.stream(CitizenInput.values())
                .collect(Collectors.groupingBy(CitizenInput::group, Collectors.counting()));
        assertEquals(Map.of(1, 4L, 2, 4L, 3, 2L), sizes);
        List<Integer> order = Arrays.stream(CitizenInput.values()).map(CitizenInput::group).toList();
        assertEquals(order.stream().sorted().toList(), order, "listed group by group, as the form is");
    }

    @ParameterizedTest
    @EnumSource(CitizenInput.class)
    void eachIsAScoreDescribedInBothLanguages(CitizenInput input) {
        assertEquals(Input.Measure.SCORE, input.measure());
        assertFalse(input.descriptionVi().isBlank());
        assertFalse(input.descriptionEn().isBlank());
        assertEquals(input, CitizenInput.fromJsonName(input.jsonName()).orElseThrow());
    }

    /** The JSON names are the components of {@link CitizenScores}, so a request can give every score. */
    @Test
    void everyInputIsAComponentOfTheScores() {
        List<String> components = Arrays.stream(CitizenScores.class.getRecordComponents())
                .map(c -> c.getName()).toList();
        assertEquals(components, Arrays.stream(CitizenInput.values()).map(CitizenInput::jsonName).toList());
        assertEquals(CitizenInput.values().length, Arrays.stream(CitizenInput.values())
                .collect(Collectors.toMap(CitizenInput::jsonName, Function.identity())).size());
    }
}
