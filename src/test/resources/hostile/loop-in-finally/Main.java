public class Main {
	public static void main(String[] args) {
		System.out.println("spinning in finally");
		long counter = 0;
		try {
			while (true) {
				counter++;
			}
		}
		finally {
			while (true) {
				counter--;
			}
		}
	}
}
