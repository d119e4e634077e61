package io.shipscreen.ownership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.shipscreen.shared.RunFactsContributor;

/**
 * What a run screened ownership against: each register file with its hash, the rules file and
 * its dates, how many entities are restricted through ownership, and the register rows that could
 * not be used (file, row, reason).
 */
@Component
public class OwnershipRunFacts implements RunFactsContributor {

	/** Problem rows listed one by one in the facts; the rest are counted (all are in the log). */
	static final int MAX_LISTED_PROBLEMS = 50;

	private final OwnershipScreen screen;

	public OwnershipRunFacts(OwnershipScreen screen) {
		this.screen = screen;
	}

	@Override
	public Map<String, String> runFacts() {
		Map<String, String> facts = new LinkedHashMap<>();
		OwnershipRegister register = this.screen.register();
		facts.put("Ownership register", String.format(Locale.ROOT, "%s (%d files, %,d holdings, %,d rows with problems)",
				this.screen.id(), register.files().size(), register.holdings().size(), this.screen.problems().size()));
		for (RegisterFile file : register.files()) {
			facts.put("Ownership register " + file.file(), String.format(Locale.ROOT,
					"%,d rows, %,d holdings used, sha256 %s", file.rows(), file.holdings(), file.sha256()));
		}
		OwnershipRules rules = this.screen.rules();
		facts.put("Ownership rules", rules.file() + " version " + rules.version() + ", sha256 " + rules.sha256());
		Map<String, long[]> counts = this.screen.graph().counts();
		for (OwnershipRule rule : rules.rules()) {
			long[] count = counts.get(rule.id());
			String dates = (rule.inForceFrom() == null) ? "every date" : "from " + rule.inForceFrom();
			for (OwnershipRule.Suspension suspension : rule.suspensions()) {
				dates += ", suspended " + suspension.from() + " to " + suspension.to();
			}
			facts.put("Ownership rule " + rule.id(), String.format(Locale.ROOT,
					"%s, lists %s, %s %% threshold, %s; %,d restricted, %,d with an unknown listed share", rule.title(),
					rule.lists(), OwnershipCheck.percent(rule.thresholdPercent()).replace(" %", ""), dates, count[0],
					count[1]));
		}
		List<RegisterProblem> problems = this.screen.problems();
		for (int i = 0; i < Math.min(problems.size(), MAX_LISTED_PROBLEMS); i++) {
			RegisterProblem problem = problems.get(i);
			facts.put("Ownership register problem " + (i + 1), problem.toString());
		}
		if (problems.size() > MAX_LISTED_PROBLEMS) {
			facts.put("Ownership register problems not listed",
					(problems.size() - MAX_LISTED_PROBLEMS) + " more (every one is in the log)");
		}
		return facts;
	}

}
