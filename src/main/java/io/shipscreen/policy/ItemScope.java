package io.shipscreen.policy;

import java.util.List;

/**
 * ECCN prefixes a rule applies to, e.g. {@code 3A090}, {@code 4A090.a}, {@code 5A992.z}. A
 * declared ECCN vaguer than a prefix ({@code 3A090} against {@code 3A090.a}) is covered: without
 * the paragraph, the stricter reading applies.
 */
public record ItemScope(List<String> eccnPrefixes) {

	public boolean covers(String eccn) {
		if (eccn == null) {
			return false;
		}
		for (String prefix : this.eccnPrefixes) {
			if (eccn.startsWith(prefix) || prefix.startsWith(eccn + ".")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return String.join(", ", this.eccnPrefixes);
	}

}
