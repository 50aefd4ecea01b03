package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;

import vn.hoctap.model.subject.Level;

/**
 * One level of a scheme: the article that lists its criteria and the article that grants it when they are met.
 *
 * @param level     the level
 * @param criteria  the article listing the criteria (e.g. TT 24 Art. 6)
 * @param condition the article granting the level (e.g. TT 24 Art. 8.1)
 */
public record LevelDefinition(Level level, Citation criteria, Citation condition) {
    public LevelDefinition {
        required(level, "level");
        required(criteria, "criteria");
        required(condition, "condition");
    }
}
