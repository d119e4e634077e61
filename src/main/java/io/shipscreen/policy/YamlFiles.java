package io.shipscreen.policy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a YAML file into a node tree (with line numbers) and its SHA-256, or fails in one line. */
final class YamlFiles {

	private YamlFiles() {
	}

	record Loaded(Node root, String sha256, String text) {
	}

	static Loaded read(Path path, String displayName) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new PolicyFileException(displayName + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		try {
			Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
			if (root == null) {
				throw new PolicyFileException(displayName + " line 1: the file is empty");
			}
			return new Loaded(root, sha256(bytes), text);
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 1;
			// The parser notices an unclosed list or quote where it cannot go on: name where it began too.
			String context = (ex.getContext() != null && ex.getContextMark() != null
					&& ex.getContextMark().getLine() + 1 != line)
							? " (" + ex.getContext() + " that starts on line " + (ex.getContextMark().getLine() + 1) + ")" : "";
			throw new PolicyFileException(
					displayName + " line " + line + ": not valid YAML: " + ex.getProblem() + context, ex);
		}
		catch (YAMLException ex) {
			throw new PolicyFileException(displayName + ": not valid YAML: " + ex.getMessage(), ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
