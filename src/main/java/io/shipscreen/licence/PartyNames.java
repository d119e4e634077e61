package io.shipscreen.licence;

import java.util.List;

import io.shipscreen.parties.NameForm;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.parties.NormalizedName;

/**
 * Compares a transaction's party with the names a licence covers the way party screening
 * prepares names (script, accents, case, punctuation, "Tech." = "Technology", legal forms set
 * aside), but strictly: the prepared names must be equal, and where both name a legal form it
 * must be the same ("Acme Ltd" is "ACME Limited", not "Acme GmbH"). A licence clears only the
 * parties it names; a name that is merely similar is a different company.
 */
final class PartyNames {

	private final NameNormalizer normalizer;

	PartyNames(NameNormalizer normalizer) {
		this.normalizer = normalizer;
	}

	/** The normalised form of every name a licence lists, for {@link #named}. */
	List<NormalizedName> prepare(List<String> names) {
		return names.stream().map(this.normalizer::normalize).toList();
	}

	/** Whether {@code party} is one of the {@code listed} names. */
	boolean named(String party, List<NormalizedName> listed) {
		NormalizedName name = this.normalizer.normalize(party);
		if (name.isEmpty()) {
			return false;
		}
		for (NormalizedName candidate : listed) {
			if (sameName(name, candidate) && sameLegalForm(name, candidate)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameName(NormalizedName a, NormalizedName b) {
		for (NameForm x : a.forms()) {
			for (NameForm y : b.forms()) {
				if (!x.tokens().isEmpty() && x.key().equals(y.key())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameLegalForm(NormalizedName a, NormalizedName b) {
		return a.legalForms().isEmpty() || b.legalForms().isEmpty() || a.legalForms().equals(b.legalForms());
	}

}
