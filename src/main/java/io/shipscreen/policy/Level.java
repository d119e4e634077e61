package io.shipscreen.policy;

/**
 * How serious a rule is, as a policy file states it ({@code INFO}, {@code REVIEW}, {@code HOLD}).
 * The checks turn it into the screening severity of the same name; kept here so that the policy
 * model depends on nothing of screening.
 */
public enum Level {

	INFO, REVIEW, HOLD

}
