package io.shipscreen.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code --options} one command accepts, by name without the dashes. Anything else typed on
 * its command line is refused before it runs ({@link CommandDispatcher}), except Spring
 * properties (names with a dot) and {@link #GLOBAL} ones. Declare one name per line, so that
 * adding an option is one line:
 *
 * <pre>{@code
 * @Override
 * public CommandOptions options() {
 *     return CommandOptions.of(
 *             "input",
 *             "run-date");
 * }
 * }</pre>
 *
 * @param names the accepted names, in the order {@code help} and refusals list them
 */
public record CommandOptions(Set<String> names) {

	/** Accepted by every command: {@code --help}, and Spring Boot's own {@code --debug}, {@code --trace}. */
	public static final Set<String> GLOBAL = Set.of("help", "debug", "trace");

	public CommandOptions {
		names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
	}

	public static CommandOptions of(String... names) {
		return new CommandOptions(new LinkedHashSet<>(Arrays.asList(names)));
	}

	public static CommandOptions none() {
		return of();
	}

	/** These options and {@code more} (e.g. {@code schedule} takes {@code screen}'s and its own). */
	public CommandOptions plus(String... more) {
		Set<String> all = new LinkedHashSet<>(this.names);
		all.addAll(Arrays.asList(more));
		return new CommandOptions(all);
	}

	/** Whether {@code --name} may be given to this command. */
	public boolean accepts(String name) {
		return this.names.contains(name) || GLOBAL.contains(name) || isSpringProperty(name);
	}

	/** {@code --spring.profiles.active=mysql}, {@code --shipscreen.reject-limit=50}: Boot binds those. */
	static boolean isSpringProperty(String name) {
		return name.contains(".");
	}

	/** {@code --input, --run-date} or {@code none}, for messages. */
	public String describe() {
		return this.names.isEmpty() ? "none"
				: this.names.stream().map((name) -> "--" + name).collect(Collectors.joining(", "));
	}

}
