package vn.hoctap.sheets.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;
import vn.hoctap.sheets.SheetKind;

/**
 * Puts a subject's row and its members' rows together into the JSON of one request, as the request's own format
 * has it: a unit's members under {@code memberList}, a household's under {@code household.members} and
 * {@code memberFacts}, and the fields the sheets leave implicit (a commune's tier, the title of an earlier
 * recognition).
 */
final class Assembly {
    private Assembly() {
    }

    /** Where a subject's id is in its JSON: the key members join on, and the key duplicates are found by. */
    static List<String> idPath(SheetKind kind) {
        return switch (kind) {
            case CITIZENS -> List.of("person", "id");
            case MEMBERS, UNITS -> List.of("unit", "id");
            case COMMUNES -> List.of("commune", "unit", "code");
            case HOUSEHOLDS -> List.of("household", "id");
            case REPORT_COUNTS -> List.of("year");
        };
    }

    /** Where the administrative code the subject is counted under is, when not in a column of its own. */
    static List<String> groupPath(SheetKind kind) {
        return switch (kind) {
            case CITIZENS, REPORT_COUNTS -> List.of("-");
            case MEMBERS, UNITS -> List.of("unit", "administrativeUnitCode");
            case COMMUNES -> List.of("commune", "unit", "code");
            case HOUSEHOLDS -> List.of("household", "administrativeUnitCode");
        };
    }

    static void assemble(SheetKind kind, ObjectNode node, List<SheetImporter.Member> members, Origins origins) {
        switch (kind) {
            case MEMBERS -> {
                recognition(node.get("recognitions"), Title.LEARNING_UNIT, node.path("unit").get("tier"));
                if (!members.isEmpty()) {
                    ArrayNode list = node.putArray("memberList");
                    for (int i = 0; i < members.size(); i++) {
                        list.add(members.get(i).node());
                        origins.add("$.memberList[" + i + "]", members.get(i).row(), List.of());
                    }
                }
            }
            case UNITS -> recognition(node.get("recognitions"), Title.LEARNING_UNIT, node.path("unit").get("tier"));
            case COMMUNES -> {
                JsonNode unit = node.path("commune").get("unit");
                if (unit instanceof ObjectNode u) {
                    u.put("tier", AdministrativeTier.COMMUNE.name());
                }
                recognition(node.path("commune").get("recognitions"), Title.LEARNING_COMMUNITY,
                        node.textNode(AdministrativeTier.COMMUNE.name()));
            }
            case HOUSEHOLDS -> household(node, members, origins);
            case CITIZENS, REPORT_COUNTS -> {
            }
        }
    }

    /** An earlier recognition given in the sheet is of the sheet's own title, at the subject's tier. */
    private static void recognition(JsonNode recognitions, Title title, JsonNode tier) {
        if (recognitions instanceof ArrayNode a && a.size() > 0 && a.get(0) instanceof ObjectNode r) {
            r.put("title", title.name());
            if (tier != null && !tier.isNull()) {
                r.set("tier", tier);
            }
        }
    }

    private static void household(ObjectNode node, List<SheetImporter.Member> members, Origins origins) {
        if (members.isEmpty()) {
            return;
        }
        ObjectNode household = node.has("household") ? (ObjectNode) node.get("household") : node.putObject("household");
        ArrayNode people = household.putArray("members");
        ObjectNode facts = null;
        JsonNode year = node.get("evaluationYear");
        for (int i = 0; i < members.size(); i++) {
            SheetImporter.Member m = members.get(i);
            ObjectNode person = m.node().has("person") ? (ObjectNode) m.node().get("person").deepCopy()
                    : node.objectNode();
            JsonNode holds = m.node().get("learningCitizen");
            if (holds != null && holds.asBoolean() && year != null) {
                person.putArray("recognitions").addObject().put("title", Title.LEARNING_CITIZEN.name())
                        .set("year", year);
            }
            people.add(person);
            String at = "$.household.members[" + i + "]";
            origins.add(at, m.row(), List.of("person"));
            origins.add(at + ".recognitions", m.row(), List.of("learningCitizen"));
            JsonNode f = m.node().get("facts");
            JsonNode id = person.get("id");
            if (f != null && f.size() > 0 && id != null) {
                if (facts == null) {
                    facts = node.putObject("memberFacts");
                }
                facts.set(id.asText(), f);
                origins.add("$.memberFacts." + id.asText(), m.row(), List.of("facts"));
            }
        }
    }
}
