public class Main {
	public static void main(String[] args) {
		int ${LONE_SURROGATE} = 1;
		System.out.println("never compiled");
	}
}
