package dev.looplab.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import dev.looplab.runner.CompilerProtocol;

/**
 * One long-lived compiler JVM: started, warmed, then asked to compile one source at a
 * time. It is killed, not reasoned with, when a compile takes too long.
 */
final class CompilerJvm {

	private final Process process;

	private final DataInputStream answers;

	private final DataOutputStream requests;

	private final StderrTail stderr;

	private int compiles;

	private CompilerJvm(Process process) {
		this.process = process;
		this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
		this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
		this.stderr = StderrTail.drain(process.getErrorStream());
	}

	/**
	 * Starts a compiler JVM, isolated in a slot of its own, and blocks until it has
	 * warmed up and reported ready.
	 */
	static CompilerJvm start(Isolation isolation, List<String> command, IsolationLimits limits) throws IOException {
		CompilerJvm compiler = new CompilerJvm(isolation.launch(command, limits).process());
		try {
			int version = CompilerProtocol.readReady(compiler.answers);
			if (version != CompilerProtocol.VERSION) {
				throw new IOException(
						"The compiler speaks protocol v" + version + ", expected v" + CompilerProtocol.VERSION);
			}
		}
		catch (IOException ex) {
			compiler.kill();
			throw new IOException("The compiler JVM did not start: " + compiler.stderr.text(), ex);
		}
		return compiler;
	}

	/**
	 * Sends one request (the files of one compile) and waits for the answer; the caller
	 * bounds the wait and kills on timeout.
	 */
	CompilerProtocol.Result compile(List<CompilerProtocol.SourceFile> files) throws IOException {
		this.compiles++;
		CompilerProtocol.writeRequest(this.requests, files);
		return CompilerProtocol.readResult(this.answers);
	}

	/** How many sources this JVM was asked to compile. */
	int compiles() {
		return this.compiles;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String stderr() {
		return this.stderr.text();
	}

	void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

}
