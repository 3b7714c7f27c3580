package dev.looplab.sandbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a violation at the learner's source. The class file gives the line of a use in
 * code; a declaration (a field's type, a superclass) has no line there, so it is the
 * first line that names the type, preferring code over imports. The column is where the
 * name appears on that line.
 */
final class BytecodeSourceLines {

	private final List<String> lines;

	BytecodeSourceLines(String source) {
		this.lines = source.lines().toList();
	}

	/** {line, column}, both 1-based. */
	long[] locate(BytecodeViolation violation) {
		List<String> names = namesOf(violation.denial());
		long line = (violation.line() > 0) ? violation.line() : firstLineNaming(names);
		String text = (line <= this.lines.size()) ? this.lines.get((int) line - 1) : "";
		for (String name : names) {
			Matcher matcher = word(name).matcher(text);
			if (matcher.find()) {
				return new long[] { line, matcher.start() + 1 };
			}
		}
		return new long[] { line, 1 };
	}

	private long firstLineNaming(List<String> names) {
		for (boolean imports : new boolean[] { false, true }) {
			for (String name : names) {
				Pattern pattern = word(name);
				for (int i = 0; i < this.lines.size(); i++) {
					String text = this.lines.get(i);
					if (text.strip().startsWith("import ") == imports && pattern.matcher(text).find()) {
						return i + 1;
					}
				}
			}
		}
		return 1;
	}

	/**
	 * How the source may spell the API, most precise first: {@code System.exit},
	 * {@code System::exit}, {@code exit}, {@code System}.
	 */
	private static List<String> namesOf(ApiPolicy.Denial denial) {
		String api = denial.api();
		int dot = api.indexOf('.');
		String type = (dot < 0) ? api : api.substring(0, dot);
		String simpleType = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf('$')) + 1);
		if (dot < 0) {
			return List.of(simpleType);
		}
		String member = api.substring(dot + 1);
		return member.equals("<init>") ? List.of("new " + simpleType, simpleType + "::new", simpleType)
				: List.of(simpleType + "." + member, simpleType + "::" + member, member, simpleType);
	}

	private static Pattern word(String name) {
		return Pattern.compile("(?<![\\p{L}\\p{N}_$])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_$])");
	}

}
