package io.shipscreen.parties;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the labelled cases of {@code src/test/resources/eval/shipscreen/cases.csv} through the
 * matcher over the bundled lists and reports, per part (tuning, held-out) and per kind, the
 * recall of true matches and the share of near-misses and unrelated names flagged.
 * <p>
 * A true match counts when its expected entry (list and listed name) is returned at or above
 * that list's review threshold. A near-miss or unrelated name counts as flagged when anything is
 * returned at or above its list's threshold. Cross-script cases are screened against the lists
 * with their original-script aliases removed: most lists (SDN, CSL, the Entity List) carry none,
 * so the transliteration has to find the romanised name.
 */
final class NameCaseEvaluation {

	/** One labelled case. */
	record Case(String query, String expectedList, String expectedName, String kind, String script, String split,
			String source) {

		boolean positive() {
			return !this.expectedName.isEmpty();
		}

	}

	/** A case and the outcome. */
	record Outcome(Case c, boolean hit, double bestScore, String best) {
	}

	private final NameNormalizer normalizer;

	private final ToDoubleFunction<SourceList> thresholds;

	NameCaseEvaluation(NameNormalizer normalizer, ToDoubleFunction<SourceList> thresholds) {
		this.normalizer = normalizer;
		this.thresholds = thresholds;
	}

	static List<Case> read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<Case> cases = new ArrayList<>();
			for (CSVRecord r : parser) {
				cases.add(new Case(r.get("query"), r.get("expected_list"), r.get("expected_name"), r.get("kind"),
						r.get("script"), r.get("split"), r.get("source")));
			}
			return cases;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Entries without the names written in other scripts. */
	static List<ListEntry> romanisedOnly(List<ListEntry> entries) {
		List<ListEntry> out = new ArrayList<>(entries.size());
		for (ListEntry e : entries) {
			List<String> aliases = e.aliases().stream().filter((a) -> !ScriptTransliterator.needsTransliteration(a)).toList();
			out.add((aliases.size() == e.aliases().size()) ? e
					: new ListEntry(e.list(), e.id(), e.name(), aliases, e.type(), e.addresses(), e.countries(),
							e.federalRegisterNotice(), e.startDate(), e.licenseRequirement(), e.licensePolicy(),
							e.programs(), e.file()));
		}
		return out;
	}

	List<Outcome> run(List<ListEntry> entries, List<Case> cases, int maxCandidates) {
		PartyMatcher full = new PartyMatcher(this.normalizer, CandidateIndex.build(entries, this.normalizer), 0.5,
				maxCandidates, 1);
		PartyMatcher romanised = new PartyMatcher(this.normalizer,
				CandidateIndex.build(romanisedOnly(entries), this.normalizer), 0.5, maxCandidates, 1);
		List<Outcome> outcomes = new ArrayList<>(cases.size());
		for (Case c : cases) {
			PartyMatcher matcher = c.kind().equals("cross-script") ? romanised : full;
			List<NameMatch> matches = matcher.matchUncached(c.query());
			boolean hit = false;
			double bestScore = 0;
			String best = "";
			for (NameMatch m : matches) {
				boolean flagged = m.score() >= this.thresholds.applyAsDouble(m.entry().list());
				boolean relevant = !c.positive() || (m.entry().list().name().equalsIgnoreCase(c.expectedList())
						&& m.entry().name().equals(c.expectedName()));
				if (relevant && m.score() > bestScore) {
					bestScore = m.score();
					best = m.entry().list() + " " + m.entry().name() + " via '" + m.asListed() + "'";
				}
				hit |= relevant && flagged;
			}
			outcomes.add(new Outcome(c, hit, bestScore, best));
		}
		return outcomes;
	}

	/** The report for one part ({@code tuning} or {@code held-out}). */
	static String format(List<Outcome> outcomes, String split) {
		List<Outcome> part = outcomes.stream().filter((o) -> o.c().split().equals(split)).toList();
		StringBuilder out = new StringBuilder();
		out.append("Name cases, ").append(split).append(" part (").append(part.size()).append(" cases)\n");
		Map<String, int[]> byKind = new TreeMap<>();
		Map<String, int[]> byScript = new TreeMap<>();
		int[] positives = new int[2];
		for (Outcome o : part) {
			count(byKind, o.c().kind(), o.hit());
			if (o.c().positive()) {
				positives[0] += o.hit() ? 1 : 0;
				positives[1]++;
				if (o.c().kind().equals("cross-script")) {
					count(byScript, o.c().script(), o.hit());
				}
			}
		}
		out.append(String.format(Locale.ROOT, "  %-36s %6.2f%%  (%d/%d)%n", "recall, all true matches",
				pct(positives), positives[0], positives[1]));
		for (Map.Entry<String, int[]> e : byKind.entrySet()) {
			boolean negative = e.getKey().equals("near-miss") || e.getKey().equals("unrelated");
			out.append(String.format(Locale.ROOT, "  %-36s %6.2f%%  (%d/%d)%n",
					(negative ? "flagged, " : "recall, ") + e.getKey(), pct(e.getValue()), e.getValue()[0],
					e.getValue()[1]));
		}
		for (Map.Entry<String, int[]> e : byScript.entrySet()) {
			out.append(String.format(Locale.ROOT, "    %-34s %6.2f%%  (%d/%d)%n", "cross-script, " + e.getKey(),
					pct(e.getValue()), e.getValue()[0], e.getValue()[1]));
		}
		return out.toString();
	}

	/** Misses and false flags, one line each, for the tuning part only. */
	static List<String> errors(List<Outcome> outcomes) {
		Map<String, String> lines = new LinkedHashMap<>();
		for (Outcome o : outcomes) {
			if (!o.c().split().equals("tuning")) {
				continue;
			}
			boolean wrong = o.c().positive() != o.hit();
			if (wrong) {
				lines.put(o.c().kind() + "\t" + o.c().query(), String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s\t%s",
						o.c().kind(), o.c().query(), o.bestScore(), o.c().expectedName(), o.best()));
			}
		}
		return new ArrayList<>(lines.values());
	}

	private static void count(Map<String, int[]> counts, String key, boolean hit) {
		int[] c = counts.computeIfAbsent(key, (k) -> new int[2]);
		c[0] += hit ? 1 : 0;
		c[1]++;
	}

	private static double pct(int[] c) {
		return (c[1] == 0) ? 0 : 100.0 * c[0] / c[1];
	}

}
