/**
 * The public entry points: {@link vn.hoctap.rules.Evaluator}, built once and shared, and
 * {@link vn.hoctap.rules.RulePack}, a layer of compiled rules with its catalogue and parameters.
 */
package vn.hoctap.rules;
