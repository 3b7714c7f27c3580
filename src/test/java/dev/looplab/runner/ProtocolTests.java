package dev.looplab.runner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wire formats between the server and its JVMs: a graded job carries its tests apart
 * from the learner's classes, a plain one carries none; a compile request carries several
 * files and its answer says which file each class and error belongs to.
 */
class ProtocolTests {

	@Test
	void aGradedJobKeepsItsTestsApartFromTheLearnersClasses() throws IOException {
		Protocol.Tests tests = new Protocol.Tests(List.of("CrawlTests"),
				Map.of("CrawlTests", new byte[] { 4 }, "CrawlTests$1", new byte[] { 5 }));
		Protocol.Job sent = new Protocol.Job("Crawl", Map.of("Crawl", new byte[] { 1, 2 }), 3_000, true, 7, tests);
		Protocol.Job job = roundTrip(sent);
		assertThat(job.grades()).isTrue();
		assertThat(job.classes()).containsOnlyKeys("Crawl");
		assertThat(job.tests().classNames()).containsExactly("CrawlTests");
		assertThat(job.tests().classes()).containsOnlyKeys("CrawlTests", "CrawlTests$1");
		assertThat(job.tests().classes().get("CrawlTests$1")).containsExactly(5);
		assertThat(job.seed()).isEqualTo(7);
		assertThat(job.virtualClock()).isTrue();
	}

	@Test
	void aPlainJobHasNoTests() throws IOException {
		Protocol.Job job = roundTrip(new Protocol.Job("Main", Map.of("Main", new byte[] { 1 })));
		assertThat(job.grades()).isFalse();
		assertThat(job.tests()).isEqualTo(Protocol.Tests.NONE);
	}

	@Test
	void aJobOfAnotherVersionIsRefused() {
		byte[] bytes = { 0x4C, 0x4C, 0x4A, 0x31, 0, 0, 0, 3 };
		assertThatThrownBy(() -> Protocol.Job.readFrom(new DataInputStream(new ByteArrayInputStream(bytes))))
			.hasMessageContaining("v3");
	}

	@Test
	void aCompileRequestCarriesSeveralFilesAndItsAnswerNamesThem() throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		List<CompilerProtocol.SourceFile> files = List.of(CompilerProtocol.SourceFile.named("class A {}"),
				new CompilerProtocol.SourceFile("ATests.java", "class ATests {}"));
		CompilerProtocol.writeRequest(new DataOutputStream(request), files);
		assertThat(CompilerProtocol.readRequest(new DataInputStream(new ByteArrayInputStream(request.toByteArray()))))
			.isEqualTo(files);

		CompilerProtocol.Compiled compiled = (CompilerProtocol.Compiled) answer(new CompilerProtocol.Compiled(
				List.of(new CompilerProtocol.CompiledFile("A.java", Map.of("A", new byte[] { 1 })),
						new CompilerProtocol.CompiledFile("ATests.java", Map.of("ATests", new byte[] { 2 })))));
		assertThat(compiled.files()).extracting(CompilerProtocol.CompiledFile::fileName)
			.containsExactly("A.java", "ATests.java");
		assertThat(compiled.first().primaryClass()).isEqualTo("A");

		CompilerProtocol.Diagnostic error = new CompilerProtocol.Diagnostic("ATests.java", 3, 9,
				"compiler.err.cant.resolve.location.args", "cannot find symbol");
		assertThat(answer(new CompilerProtocol.NotCompiled(List.of(error))))
			.isEqualTo(new CompilerProtocol.NotCompiled(List.of(error)));
	}

	@Test
	void theCompilerSaysWhichFileEachClassAndErrorComesFrom() {
		InMemoryCompiler compiler = new InMemoryCompiler();
		CompilerProtocol.Result compiled = compiler.compile(
				List.of(CompilerProtocol.SourceFile.named("public class Shop { static int price() { return 3; } }"),
						new CompilerProtocol.SourceFile("ShopTests.java",
								"class ShopTests { class Inner {} int check() { return Shop.price(); } }")));
		assertThat(compiled).isInstanceOfSatisfying(CompilerProtocol.Compiled.class, (result) -> {
			assertThat(result.files().get(0).classes()).containsOnlyKeys("Shop");
			assertThat(result.files().get(1).classes()).containsOnlyKeys("ShopTests", "ShopTests$Inner");
		});
		CompilerProtocol.Result broken = compiler
			.compile(List.of(CompilerProtocol.SourceFile.named("public class Shop { static int cost() { return 3; } }"),
					new CompilerProtocol.SourceFile("ShopTests.java",
							"class ShopTests { int check() { return Shop.price(); } }")));
		assertThat(broken).isInstanceOfSatisfying(CompilerProtocol.NotCompiled.class,
				(result) -> assertThat(result.diagnostics()).singleElement().satisfies((error) -> {
					assertThat(error.fileName()).isEqualTo("ShopTests.java");
					assertThat(error.code()).isEqualTo("compiler.err.cant.resolve.location.args");
					assertThat(error.line()).isEqualTo(1);
				}));
	}

	private static Protocol.Job roundTrip(Protocol.Job job) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		job.writeTo(new DataOutputStream(bytes));
		return Protocol.Job.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
	}

	private static CompilerProtocol.Result answer(CompilerProtocol.Result result) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompilerProtocol.writeResult(new DataOutputStream(bytes), result);
		return CompilerProtocol.readResult(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
	}

}
