package io.shipscreen.screening;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.shipscreen.shared.RunFactsContributor;

/**
 * Says whether a run's rows were screened at all. {@code shipscreen.screening.pass-through=true}
 * (the benchmark's baseline, {@code bench/run}) turns every row CLEAR without a check; a run made
 * so must say it first in its facts ({@code screening_run}, the summary's {@code Run} sheet, the
 * console line, {@code runs}), never only in one WARN line of the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ScreeningChecksFacts implements RunFactsContributor {

	public static final String LABEL = "Checks";

	static final String NONE = "none - PASS-THROUGH (shipscreen.screening.pass-through=true): NOTHING WAS SCREENED, "
			+ "every row is CLEAR; a benchmark baseline, never a screening";

	static final String ALL = "all checks of the policy in force";

	private final ScreeningProperties properties;

	public ScreeningChecksFacts(ScreeningProperties properties) {
		this.properties = properties;
	}

	@Override
	public Map<String, String> runFacts() {
		return Map.of(LABEL, describe());
	}

	/** What the console line and the facts say about the checks. */
	public String describe() {
		return this.properties.passThrough() ? NONE : ALL;
	}

	public boolean passThrough() {
		return this.properties.passThrough();
	}

	/** Whether a recorded {@code Checks} fact says that nothing was screened. */
	public static boolean isNone(String fact) {
		return fact.startsWith("none");
	}

}
