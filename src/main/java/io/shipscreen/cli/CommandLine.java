package io.shipscreen.cli;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;

/**
 * The arguments after the command word.
 *
 * @param command the command word ({@code screen} when none was typed)
 * @param arguments positional arguments after the command word, e.g. {@code [import, FILE]}
 * @param raw all arguments, for {@code --option=value} look-ups
 */
public record CommandLine(String command, List<String> arguments, ApplicationArguments raw) {

	/** The value of {@code --name=value}, if given (the last one wins). */
	public Optional<String> option(String name) {
		List<String> values = this.raw.getOptionValues(name);
		if (values == null || values.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(values.get(values.size() - 1));
	}

	/**
	 * The whole number of {@code --name=N}, {@code defaultValue} when absent; a usage error (exit 2)
	 * naming the option when it is not a whole number of at least {@code min}.
	 */
	public int intOption(String name, int defaultValue, int min) {
		Optional<String> text = option(name);
		if (text.isEmpty()) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(text.get().strip());
			if (value >= min) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, with what was typed
		}
		throw new CommandException("--" + name + " must be a whole number of at least " + min + ", not '"
				+ text.get() + "'", ExitCodes.USAGE);
	}

	/** The number of {@code --name=X}, {@code defaultValue} when absent; a usage error when not a number. */
	public double decimalOption(String name, double defaultValue) {
		Optional<String> text = option(name);
		if (text.isEmpty()) {
			return defaultValue;
		}
		try {
			return Double.parseDouble(text.get().strip());
		}
		catch (NumberFormatException ex) {
			throw new CommandException("--" + name + " must be a number, not '" + text.get() + "'", ExitCodes.USAGE);
		}
	}

	/** True when {@code --name} was given, with or without a value. */
	public boolean flag(String name) {
		return this.raw.containsOption(name);
	}

	/** The positional argument at {@code index}, or a usage error naming what is missing. */
	public String argument(int index, String what) {
		if (index >= this.arguments.size()) {
			throw new CommandException(this.command + ": missing " + what, ExitCodes.USAGE);
		}
		return this.arguments.get(index);
	}

}
