package dev.looplab.sandbox;

/**
 * The groups of APIs that learner programs may not use, each with the reason in plain
 * words and what to do instead; both end up in the message of a {@code REJECTED} run.
 */
enum ApiFamily {

	FILES("it reads or writes files",
			"Programs here have no files: keep the data in memory, for example in a String or a List."),

	NETWORK("it opens network connections",
			"Programs here have no network: stand in for the other side with a method that sleeps, then returns a value."),

	PROCESSES("it starts or controls other programs",
			"Do the work inside this program, for example as tasks on an ExecutorService."),

	EXIT("it ends the whole JVM", "Return from main to finish; to report a failure, throw an exception."),

	ENVIRONMENT("it reads or changes the settings of the JVM and the machine",
			"Write the values your program needs into its code."),

	CONSOLE("it replaces or goes around the console the sandbox shows",
			"Print with System.out and System.err; there is no input to read."),

	JVM("it controls the JVM that runs the sandbox", "Leave the JVM to the sandbox; print what you need to know."),

	REFLECTION("it inspects or changes code while it runs (reflection)",
			"Call the methods directly, or pass behaviour around as a lambda or an interface."),

	METHOD_HANDLES("it calls code through method handles", "Use a lambda or a method reference instead."),

	CLASS_LOADING("it loads or defines classes while the program runs", "Write the classes in your program instead."),

	NATIVE("it reaches native code or memory outside the JVM",
			"Stay in plain Java: arrays, collections and ByteBuffer cover memory."),

	THREADS("it creates threads directly",
			"Submit tasks to an ExecutorService instead, for example Executors.newFixedThreadPool(4) or Executors.newVirtualThreadPerTaskExecutor()."),

	SERIALIZATION("it serializes objects", "Copy the fields you need, or turn the object into a String yourself."),

	SERVICES("it looks up service providers on the class path", "Create the objects you need with new."),

	CLOCK("it reads the computer's clock in a way the sandbox cannot follow",
			"Use java.time (LocalDateTime.now(), Instant.now()) or Calendar.getInstance() instead."),

	SANDBOX("it reaches into the sandbox's own code", "Use only your own classes and the Java library."),

	OTHER("it is not among the APIs programs here can use",
			"Programs here can use java.lang, java.util (with its concurrent, function, stream and regex packages), java.time, java.math, java.text and the console streams of java.io.");

	private final String reason;

	private final String advice;

	ApiFamily(String reason, String advice) {
		this.reason = reason;
		this.advice = advice;
	}

	String reason() {
		return this.reason;
	}

	String advice() {
		return this.advice;
	}

}
