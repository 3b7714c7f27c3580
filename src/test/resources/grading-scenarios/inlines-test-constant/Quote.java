// Hostile: prints a constant of the hidden tests, which javac would copy into this class.
public class Quote {

	public static void main(String[] args) {
		System.out.println(QuoteTests.EXPECTED);
	}

}
