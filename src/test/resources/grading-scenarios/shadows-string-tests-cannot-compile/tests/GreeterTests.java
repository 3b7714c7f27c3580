import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GreeterTests {

	@Test
	@DisplayName("greets")
	void greets() {
		String expected = "hello";
		Assertions.assertEquals(expected, Greeter.greeting());
	}

}
