package dev.looplab.runner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point of the compiler JVM: a long-lived process that compiles learners' sources
 * with javac, so that javac (which parses untrusted text) runs outside the server's JVM,
 * under the sandbox's limits, and can be killed when it takes too long. It warms javac
 * up, reports ready, then answers one request at a time.
 */
public final class CompilerMain {

	private CompilerMain() {
	}

	public static void main(String[] args) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
		// Nothing but frames may reach stdout.
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		System.setOut(quiet);
		InMemoryCompiler compiler = new InMemoryCompiler();
		// The server says how many warm-up compiles (CompilerJvm); by default 40.
		compiler.warmUp((args.length > 0) ? Integer.parseInt(args[0]) : 40);
		CompilerProtocol.writeReady(out);
		DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
		while (true) {
			List<CompilerProtocol.SourceFile> sources;
			try {
				sources = CompilerProtocol.readRequest(in);
			}
			catch (EOFException ex) {
				return;
			}
			CompilerProtocol.writeResult(out, compiler.compile(sources));
		}
	}

}
