public class Main {
	public static void main(String[] args) {
		System.out.print("no ");
		System.out.print("line ");
		System.out.print("break");
	}
}
