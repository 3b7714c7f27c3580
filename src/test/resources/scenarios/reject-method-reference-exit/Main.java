import java.util.function.IntConsumer;

public class Main {
	public static void main(String[] args) {
		IntConsumer quit = System::exit;
		System.out.println("quitting through a method reference");
		quit.accept(3);
	}
}
