/**
 * Subject adapters: one {@link vn.hoctap.rules.engine.SubjectFacts} per kind of request, which answers the engine's
 * questions (a statement, a share, a level, a score, a path) from the request's fields. A new kind of subject needs an
 * adapter here and rules, not a new engine. Internal.
 */
package vn.hoctap.rules.engine.subject;
