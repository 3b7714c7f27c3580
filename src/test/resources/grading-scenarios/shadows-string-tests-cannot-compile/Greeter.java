// A class named String: the tests, which declare Strings, no longer compile against this code. The
// name to change is the learner's class, whatever javac says about the tests.
public class Greeter {

	static java.lang.String greeting() {
		return "hello";
	}

	public static void main(java.lang.String[] args) {
		System.out.println(greeting());
	}

}

class String {
}
