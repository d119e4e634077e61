package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Legal forms and their equivalents across languages and scripts, as normalised tokens, from
 * {@code config/names/legal-forms.csv}. They say little about who a party is ("Co., Ltd." =
 * "Limited" = 有限公司; JSC = AO = "Акционерное общество"), so they are set aside before matching
 * and kept for the explanation. A misspelt word of a long form ("Liabilty") is still recognised.
 */
final class LegalForms {

	/** Phrase (space-separated tokens) → class. */
	private final Map<String, String> phrases;

	/** Forms that are also ordinary words or name parts ("ao", "sa", "company"): only stripped at either end. */
	private final Set<String> edgeOnly;

	/** Every word of every form: long ones are matched with one typo. */
	private final Set<String> words;

	/** The words of six letters or more, alphabetically: the ones a typo is corrected to. */
	private final List<String> longWords;

	private final int longest;

	/**
	 * @param rows {@code [class, spelling, where]}
	 * @param tokenizer how a spelling becomes tokens (the normaliser, without legal-form handling)
	 */
	LegalForms(List<List<String>> rows, Function<String, List<String>> tokenizer) {
		Map<String, String> phrases = new HashMap<>();
		Set<String> edge = new HashSet<>();
		Set<String> words = new HashSet<>();
		int longest = 1;
		for (List<String> row : rows) {
			List<String> tokens = tokenizer.apply(row.get(1));
			if (tokens.isEmpty()) {
				continue;
			}
			String phrase = String.join(" ", tokens);
			phrases.putIfAbsent(phrase, row.get(0));
			if (row.size() > 2 && row.get(2).equals("edge")) {
				edge.add(phrase);
			}
			words.addAll(tokens);
			longest = Math.max(longest, tokens.size());
		}
		this.phrases = Map.copyOf(phrases);
		this.edgeOnly = Set.copyOf(edge);
		this.words = Set.copyOf(words);
		this.longWords = words.stream().filter((word) -> word.length() >= 6).sorted().toList();
		this.longest = longest;
	}

	/** Tokens without their legal forms; the classes found are added to {@code found}. */
	List<String> strip(List<String> tokens, List<String> found) {
		tokens = joinSplitWords(tokens);
		List<String> corrected = correct(tokens);
		List<String> rest = new ArrayList<>(corrected);
		boolean changed = true;
		while (changed && !rest.isEmpty()) {
			changed = false;
			for (int length = Math.min(this.longest, rest.size()); length >= 1 && !changed; length--) {
				String tail = String.join(" ", rest.subList(rest.size() - length, rest.size()));
				String form = this.phrases.get(tail);
				if (form != null && rest.size() > length) {
					found.add(form);
					rest.subList(rest.size() - length, rest.size()).clear();
					changed = true;
					continue;
				}
				String head = String.join(" ", rest.subList(0, length));
				form = this.phrases.get(head);
				if (form != null && rest.size() > length) {
					found.add(form);
					rest.subList(0, length).clear();
					changed = true;
				}
			}
		}
		// Unambiguous forms in the middle ("Huawei Technology Co., Ltd. Chengdu Research Institute"),
		// longest first.
		List<String> core = new ArrayList<>(rest.size());
		int i = 0;
		while (i < rest.size()) {
			int taken = 0;
			for (int length = Math.min(this.longest, rest.size() - i); length >= 1 && taken == 0; length--) {
				String phrase = String.join(" ", rest.subList(i, i + length));
				String form = this.phrases.get(phrase);
				if (form != null && !this.edgeOnly.contains(phrase) && (length > 1 || rest.size() > 1)) {
					found.add(form);
					taken = length;
				}
			}
			if (taken == 0) {
				core.add(rest.get(i));
				taken = 1;
			}
			i += taken;
		}
		if (core.isEmpty()) {
			// A name that is nothing but legal-form words keeps them.
			return tokens;
		}
		return restoreUncorrected(core, tokens, corrected);
	}

	/** A word of the party's own name keeps its spelling: only legal-form words were corrected. */
	private static List<String> restoreUncorrected(List<String> core, List<String> original, List<String> corrected) {
		if (original.equals(corrected)) {
			return core;
		}
		Map<String, String> back = new HashMap<>();
		for (int i = 0; i < original.size(); i++) {
			if (!original.get(i).equals(corrected.get(i))) {
				back.putIfAbsent(corrected.get(i), original.get(i));
			}
		}
		List<String> out = new ArrayList<>(core.size());
		for (String token : core) {
			out.add(back.getOrDefault(token, token));
		}
		return out;
	}

	/** "Liab ility" → "liability": a legal-form word split in two is joined again. */
	private List<String> joinSplitWords(List<String> tokens) {
		List<String> out = null;
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String joined = tokens.get(i) + tokens.get(i + 1);
			if (joined.length() >= 6 && !this.words.contains(tokens.get(i)) && this.words.contains(joined)) {
				out = (out != null) ? out : new ArrayList<>(tokens);
				int at = out.indexOf(tokens.get(i));
				if (at >= 0 && at + 1 < out.size()) {
					out.set(at, joined);
					out.remove(at + 1);
				}
			}
		}
		return (out != null) ? out : tokens;
	}

	/**
	 * Long tokens one edit away from a legal-form word ("liabilty") are read as that word. A token
	 * near two words ("limite": limited, limitee) takes the one that makes a form with its
	 * neighbours ("limited liability company"), else the first in alphabetical order: the answer
	 * must not depend on the order a hash set happens to iterate in, which changes from one JVM to
	 * the next (a night and its re-screen disagreed on "LIMITE LIABILITY COMPANY").
	 */
	private List<String> correct(List<String> tokens) {
		List<List<String>> options = tokens.stream().map(this::corrections).toList();
		List<String> corrected = new ArrayList<>(tokens);
		for (int i = 0; i < tokens.size(); i++) {
			if (!options.get(i).isEmpty()) {
				corrected.set(i, options.get(i).get(0));
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (options.get(i).size() > 1) {
				int at = i;
				options.get(i).stream().filter((option) -> makesForm(corrected, at, option)).findFirst()
					.ifPresent((option) -> corrected.set(at, option));
			}
		}
		return corrected;
	}

	/** The legal-form words one edit from {@code token}, alphabetically; none for short or exact tokens. */
	private List<String> corrections(String token) {
		if (token.length() < 6 || this.words.contains(token)) {
			return List.of();
		}
		List<String> options = new ArrayList<>(1);
		for (String word : this.longWords) {
			if (Math.abs(word.length() - token.length()) <= 1 && oneEdit(token, word)) {
				options.add(word);
			}
		}
		return options;
	}

	/** Whether {@code option} at {@code at} is part of a form of two or more words with its neighbours. */
	private boolean makesForm(List<String> tokens, int at, String option) {
		List<String> trial = new ArrayList<>(tokens);
		trial.set(at, option);
		for (int length = Math.min(this.longest, trial.size()); length >= 2; length--) {
			for (int from = Math.max(0, at - length + 1); from <= at && from + length <= trial.size(); from++) {
				if (this.phrases.containsKey(String.join(" ", trial.subList(from, from + length)))) {
					return true;
				}
			}
		}
		return false;
	}

	/** One insertion, deletion, substitution or swap of neighbours apart. */
	static boolean oneEdit(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (la == lb) {
			int first = -1;
			int diffs = 0;
			for (int i = 0; i < la; i++) {
				if (a.charAt(i) != b.charAt(i)) {
					diffs++;
					first = (first < 0) ? i : first;
				}
			}
			if (diffs == 1) {
				return true;
			}
			return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
					&& a.charAt(first + 1) == b.charAt(first)
					&& a.regionMatches(first + 2, b, first + 2, la - first - 2);
		}
		if (Math.abs(la - lb) != 1) {
			return false;
		}
		String shorter = (la < lb) ? a : b;
		String longer = (la < lb) ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
	}

	boolean isLegalFormWord(String token) {
		return this.words.contains(token);
	}

}
