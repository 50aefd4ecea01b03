/**
 * The public entry points: {@link vn.hoctap.rules.Evaluator}, built once and shared, and
 * {@link vn.hoctap.rules.RulePack}, a layer of compiled rules with its catalogue and parameters. Province packs,
 * loaded at run time over the national rules, are in {@link vn.hoctap.rules.pack}.
 */
package vn.hoctap.rules;
